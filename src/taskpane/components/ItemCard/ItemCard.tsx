/**
 * One rubric item as a card: number, title and header points; the source
 * note where the source is inconsistent; every level as a card that is
 * itself the radio (its name carries the level, its points and the criterion
 * exactly as printed), then 不適用 and 未達 as separate choices; the
 * candidate's 自評, marked where it differs; points bounded to the level's
 * band, or a count with steppers and the points it earns; and whatever is
 * wrong with the item's cells.
 */
import { Button, Field, Input, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, mergeClasses, Select, Text } from '@fluentui/react-components';
import { memo, useCallback, useRef, type ChangeEvent, type MouseEvent } from 'react';
import type { Item, LevelLabel } from '../../../rubric/types.ts';
import { itemNames, NOT_APPLICABLE, NOT_MET } from '../../../sheets/scoring.ts';
import { sameJson } from '../../state/draft.ts';
import type { PaneState } from '../../state/review-store.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { FieldForm } from '../FieldForm/FieldForm.tsx';
import type { LevelChoice } from '../../state/item-edit.ts';
import type { ItemCardProps } from './ItemCard.types.ts';
import { useItemCard } from './useItemCard.ts';
import { useItemCardStyles } from './useItemCardStyles.styles.ts';

/**
 * A level's radio, rendered again only when it is checked or unchecked: React sets an input's name and type again at
 * every render of it, for each radio of the card at each click.
 */
const Radio = memo(function Radio(props: { readonly className: string; readonly name: string; readonly value: string; readonly checked: boolean; readonly onChange: (event: ChangeEvent<HTMLInputElement>) => void }) {
  return <input type="radio" {...props} />;
});

const HIDDEN = { display: 'none' } as const;

/** The 自評 and the button that clears the item: rendered again only when one of them changes, not at each click. */
const CardFooter = memo(function CardFooter(props: { readonly item: Item; readonly self: LevelLabel | undefined; readonly hasAnswer: boolean; readonly actions: ItemCardProps['actions'] }) {
  const { item, self, actions } = props;
  const strings = useStrings();
  const styles = useItemCardStyles();
  // The button goes as the item is cleared: focus goes to the item's first level, not to the page.
  const clear = (event: MouseEvent<HTMLButtonElement>) => {
    const first = event.currentTarget.closest('section')?.querySelector<HTMLInputElement>('input[type="radio"]');
    actions.pickLevel(item, undefined);
    first?.focus();
  };
  return (
    <div className={styles.footer}>
      <Field className={styles.self} label={strings.selfAssessment(item.id)} orientation="horizontal">
        <Select
          className={styles.select}
          value={self ?? ''}
          onChange={(_, data) => actions.pickSelf(item, data.value === '' ? undefined : (data.value as LevelLabel))}
        >
          <option value="">{strings.none}</option>
          {item.levels.map((level) => (
            <option key={level.label} value={level.label}>
              {strings.levelName(level.label)}
            </option>
          ))}
        </Select>
      </Field>
      {/* Mounted from the start, not shown until there is something to clear: mounting it at an item's first click
          (a Fluent button, and Tabster's pass over the new nodes) was a third of that click's script at 4× CPU.
          Not displayed rather than unseen: a card's hidden button would be laid out at each step change. */}
      <Button appearance="subtle" onClick={clear} style={props.hasAnswer ? undefined : HIDDEN}>
        {strings.clearItem(item.id)}
      </Button>
    </div>
  );
});

function ItemCardView(props: ItemCardProps) {
  const { item, actions } = props;
  const view = useItemCard(props);
  const strings = useStrings();
  const styles = useItemCardStyles();
  const { inputs } = view;
  const selfLabel = inputs.self ? strings.levelName(inputs.self) : '';
  const radioName = `${view.elementId}-level`;
  // One handler for the card's life (the choice is the radio's value), so that a radio whose checked state stays is
  // not rendered again.
  const latest = useRef(props);
  latest.current = props;
  const pick = useCallback((event: ChangeEvent<HTMLInputElement>) => latest.current.actions.pickLevel(latest.current.item, event.target.value as LevelChoice), []);
  const radio = (choice: LevelChoice) => <Radio className={styles.radio} name={radioName} value={choice} checked={inputs.shown === choice} onChange={pick} />;

  return (
    <section id={view.elementId} className={styles.card} tabIndex={-1} aria-labelledby={view.titleId} {...(props.later ? { 'data-later': '' } : {})}>
      <div className={styles.header}>
        <h3 id={view.titleId} className={styles.title}>
          <span className={styles.id}>{item.id}</span>
          {item.title}
          <span className={styles.headerPoints}>{strings.headerPoints(item.points)}</span>
        </h3>
        <span className={view.status.tone === 'scored' ? styles.statusScored : view.status.tone === 'na' ? styles.statusNa : styles.statusOpen}>{view.status.text}</span>
      </div>


      <fieldset role="radiogroup" aria-labelledby={`${view.elementId}-legend`} className={styles.levels} {...(view.differs ? { 'aria-describedby': `${view.elementId}-differs` } : {})}>
        <legend id={`${view.elementId}-legend`} className={styles.legend}>{strings.reviewerLevel(item.id)}</legend>
        {item.levels.map((level, i) => {
          const band = view.bands[i]!;
          const chosen = inputs.shown === level.label;
          return (
            <label key={level.label} className={mergeClasses(styles.level, chosen && styles.levelChosen)}>
              {radio(level.label)}
              <span className={styles.levelBody}>
                <span className={styles.levelHead}>
                  <span className={styles.levelLabel}>{strings.levelName(level.label)}</span>
                  <span className={styles.levelPoints}>{item.count ? strings.countRule(item.count) : strings.levelPoints(band)}</span>
                  {inputs.self === level.label && <span className={styles.selfMark}>{strings.selfMark}</span>}
                </span>
                <span className={styles.criteria} lang="zh-Hant-TW">
                  {level.text}
                </span>
              </span>
            </label>
          );
        })}
        <div className={styles.others}>
          {([NOT_APPLICABLE, NOT_MET] as const).map((choice) => (
            <label key={choice} className={mergeClasses(styles.other, inputs.shown === choice && styles.levelChosen)}>
              {radio(choice)}
              <span>{view.choiceLabel(choice)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {/* After the choices, so the first level is in view as the step opens. */}
      {item.sourceNote && (
        <MessageBar intent={view.max < item.points ? 'warning' : 'info'} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.sourceNote}</MessageBarTitle>
            <span lang="zh-Hant-TW">{item.sourceNote}</span>
          </MessageBarBody>
        </MessageBar>
      )}
      {view.differs && (
        <Text id={`${view.elementId}-differs`} size={300} className={styles.differs}>
          {strings.differs(selfLabel)}
        </Text>
      )}

      {view.showPoints && (
        <Field
          label={strings.points(item.id)}
          validationState={view.pointsMessage.state}
          {...(view.pointsMessage.state === 'none' ? { hint: view.pointsMessage.text } : { validationMessage: view.pointsMessage.text })}
        >
          <FieldForm>
            <Input className={styles.number} {...view.points.inputProps} inputMode="decimal" autoComplete="off" />
          </FieldForm>
        </Field>
      )}
      {view.showCount && item.count && (
        <Field
          label={strings.count(item.id, item.count.unit)}
          validationState={view.countMessage.state}
          {...(view.countMessage.state === 'none' ? { hint: view.countMessage.text } : { validationMessage: view.countMessage.text })}
        >
          <div className={styles.stepper}>
            <Button className={styles.stepButton} aria-label={strings.countDown(item.count)} disabled={!view.canCountDown} onClick={() => view.stepCount(-1)}>
              −
            </Button>
            <FieldForm>
              <Input className={styles.number} {...view.count.inputProps} inputMode="numeric" autoComplete="off" />
            </FieldForm>
            <Button className={styles.stepButton} aria-label={strings.countUp(item.count)} onClick={() => view.stepCount(1)}>
              ＋
            </Button>
          </div>
        </Field>
      )}

      {view.sheetProblems.map((problem) => (
        <MessageBar key={problem.name} intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.sheetItemProblem}</MessageBarTitle>
            {problem.message}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void actions.goTo(problem.name)} aria-label={strings.showInSheetFor(problem.name)}>
              {strings.showInSheet}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ))}
      {view.localProblems.map((message) => (
        <MessageBar key={message} intent="error" layout="multiline">
          <MessageBarBody lang="zh-Hant-TW">{message}</MessageBarBody>
        </MessageBar>
      ))}

      <CardFooter item={item} self={inputs.self} hasAnswer={view.hasAnswer} actions={actions} />
      {inputs.level === NOT_APPLICABLE && <Text size={300}>{strings.naNote}</Text>}
    </section>
  );
}

/** Whether the pane's state shows the same for one card: its cells, drafts, unsaved marks, score and problems. */
function sameCard(item: Item, a: PaneState, b: PaneState): boolean {
  const n = itemNames(item);
  const names = [n.level, n.points, n.count, n.self];
  for (const name of names) {
    if ((a.values[name] ?? null) !== (b.values[name] ?? null)) return false;
    if ((a.fieldDrafts[name] ?? null) !== (b.fieldDrafts[name] ?? null)) return false;
    if (a.unsaved.includes(name) !== b.unsaved.includes(name)) return false;
  }
  const mine = (p: { readonly name: string }) => names.includes(p.name);
  const scoreOf = (s: PaneState) => s.draft.score?.items.find((x) => x.id === item.id) ?? null;
  return (
    sameJson(scoreOf(a), scoreOf(b)) &&
    (a.sheetProblems === b.sheetProblems || sameJson(a.sheetProblems.filter(mine), b.sheetProblems.filter(mine))) &&
    (a.draft.problems === b.draft.problems || sameJson(a.draft.problems.filter(mine), b.draft.problems.filter(mine)))
  );
}

/**
 * A card renders again only when what it shows changed: a level's click re-rendered every card of the step
 * (and of 三, eight of them) before the total could be painted.
 */
export const ItemCard = memo(
  ItemCardView,
  (a, b) => a.item === b.item && a.actions === b.actions && a.idleMs === b.idleMs && a.later === b.later && (a.state === b.state || sameCard(a.item, a.state, b.state)),
);
