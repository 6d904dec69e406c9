/**
 * The preview page's badge, with what "preview" means in a tooltip. Only
 * the preview shows it, so it (and Fluent's positioning code) has a chunk
 * of its own.
 */
import { Badge, Tooltip } from '@fluentui/react-components';
import { useStrings } from '../../i18n/useStrings.ts';

export function PreviewBadge() {
  const strings = useStrings();
  return (
    <Tooltip content={strings.previewBadgeLong} relationship="description">
      <Badge appearance="filled" color="warning" tabIndex={0}>
        {strings.previewBadge}
      </Badge>
    </Tooltip>
  );
}
