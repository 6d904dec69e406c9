/**
 * One rubric item as a card: number, title and header points; the source
 * note where the source is inconsistent; every level with its criterion
 * exactly as printed; the candidate's 自評 beside the reviewer's level, with
 * a mark where they differ; points bounded to the level's band, or a count
 * with the points it earns; and whatever is wrong with the item's cells.
 */
import {
  Badge,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  mergeClasses,
  Radio,
  RadioGroup,
  Select,
  Text,
} from '@fluentui/react-components';
import type { LevelLabel } from '../../../rubric/types.ts';
import { NOT_APPLICABLE } from '../../../sheets/scoring.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import type { LevelChoice } from '../../state/item-edit.ts';
import type { ItemCardProps } from './ItemCard.types.ts';
import { useItemCard } from './useItemCard.ts';
import { useItemCardStyles } from './useItemCardStyles.styles.ts';

export function ItemCard(props: ItemCardProps) {
  const { item, actions } = props;
  const view = useItemCard(props);
  const strings = useStrings();
  const styles = useItemCardStyles();
  const { inputs } = view;
  const selfLabel = inputs.self ? strings.levelName(inputs.self) : '';

  return (
    <section id={view.elementId} className={styles.card} tabIndex={-1} aria-labelledby={view.titleId}>
      <div className={styles.header}>
        <h3 id={view.titleId} className={styles.title}>
          <span className={styles.id}>{item.id}</span>
          {item.title}
          <span className={styles.headerPoints}>{strings.headerPoints(item.points)}</span>
        </h3>
        <Badge appearance={view.status.tone === 'scored' ? 'filled' : 'tint'} color={view.status.tone === 'scored' ? 'brand' : view.status.tone === 'na' ? 'informative' : 'subtle'}>
          {view.status.text}
        </Badge>
      </div>

      {item.sourceNote && (
        <MessageBar intent={view.max < item.points ? 'warning' : 'info'} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.sourceNote}</MessageBarTitle>
            <span lang="zh-Hant-TW">{item.sourceNote}</span>
          </MessageBarBody>
        </MessageBar>
      )}

      <ul className={styles.levels} aria-label={`${item.id} ${strings.criteria}`}>
        {item.levels.map((level, i) => {
          const band = view.bands[i]!;
          const chosen = inputs.shown === level.label;
          const self = inputs.self === level.label;
          return (
            <li key={level.label} className={mergeClasses(styles.level, chosen && styles.levelChosen)}>
              <div className={styles.levelHead}>
                <span className={styles.levelLabel}>{strings.levelName(level.label)}</span>
                <span className={styles.levelPoints}>{item.count ? strings.countRule(item.count) : strings.levelPoints(band)}</span>
                {self && (
                  <Badge appearance="outline" color="informative" size="small">
                    {strings.selfMark}
                  </Badge>
                )}
                {chosen && (
                  <Badge appearance="filled" color="brand" size="small">
                    {strings.chosenMark}
                  </Badge>
                )}
              </div>
              <p className={styles.criteria} lang="zh-Hant-TW">
                {level.text}
              </p>
            </li>
          );
        })}
      </ul>

      <div className={styles.inputs}>
        <Field label={strings.selfAssessment(item.id)}>
          <Select
            className={styles.select}
            value={inputs.self ?? ''}
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
        <Field
          label={strings.reviewerLevel(item.id)}
          validationState={view.differs ? 'warning' : 'none'}
          {...(view.differs ? { validationMessage: strings.differs(selfLabel) } : {})}
        >
          <RadioGroup
            className={styles.radios}
            layout="horizontal"
            value={inputs.shown ?? ''}
            onChange={(_, data) => actions.pickLevel(item, data.value as LevelChoice)}
          >
            {view.choices.map((choice) => (
              <Radio key={choice} value={choice} label={view.choiceLabel(choice)} />
            ))}
          </RadioGroup>
        </Field>

        {view.showPoints && (
          <Field
            className={styles.wide}
            label={strings.points(item.id)}
            validationState={view.pointsMessage.state}
            {...(view.pointsMessage.state === 'none' ? { hint: view.pointsMessage.text } : { validationMessage: view.pointsMessage.text })}
          >
            <Input {...view.points.inputProps} inputMode="decimal" autoComplete="off" />
          </Field>
        )}
        {view.showCount && item.count && (
          <Field
            className={styles.wide}
            label={strings.count(item.id, item.count.unit)}
            validationState={view.countMessage.state}
            {...(view.countMessage.state === 'none' ? { hint: view.countMessage.text } : { validationMessage: view.countMessage.text })}
          >
            <Input {...view.count.inputProps} inputMode="numeric" autoComplete="off" />
          </Field>
        )}
      </div>

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

      <div className={styles.footer}>
        <Text size={200}>{inputs.level === NOT_APPLICABLE ? strings.naNote : ''}</Text>
        {view.hasAnswer && (
          <Button appearance="subtle" size="small" onClick={() => actions.pickLevel(item, undefined)} aria-label={strings.clearItem(item.id)}>
            {strings.clear}
          </Button>
        )}
      </div>
    </section>
  );
}
