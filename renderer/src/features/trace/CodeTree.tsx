// What a case or box holds, nested, each code a link that looks it up. Scrolls inside its own box: a case may
// hold hundreds of bottles.
import { Anchor, ScrollArea, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CodeTreeNode } from './trace-types';

interface Props {
  nodes: readonly CodeTreeNode[];
  onOpenCode: (code: string) => void;
}

function Nodes({ nodes, depth, onOpenCode }: Props & { depth: number }) {
  const { t } = useTranslation();
  return (
    <>
      {nodes.map((n) => (
        <div key={n.code}>
          <Text size="sm" pl={depth * 16} component="div">
            <Text span size="xs" c="dimmed" mr={6}>
              {t(`trace.levels.${n.level}`)}
            </Text>
            <Anchor component="button" type="button" ff="monospace" size="sm" onClick={() => onOpenCode(n.code)}>
              {n.code}
            </Anchor>
            {n.children.length > 0 ? (
              <Text span size="xs" c="dimmed" ml={6}>
                {t('trace.childCount', { count: n.children.length })}
              </Text>
            ) : null}
          </Text>
          {n.children.length > 0 ? <Nodes nodes={n.children} depth={depth + 1} onOpenCode={onOpenCode} /> : null}
        </div>
      ))}
    </>
  );
}

export function CodeTree({ nodes, onOpenCode }: Props) {
  return (
    <ScrollArea.Autosize mah={180} type="auto">
      <Nodes nodes={nodes} depth={0} onOpenCode={onOpenCode} />
    </ScrollArea.Autosize>
  );
}
