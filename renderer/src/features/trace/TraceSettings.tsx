// 追溯设置: our distributor code in the brand's code registry (codes registered to another code are flagged as
// diverted goods coming in) and the sales territory (regions and channels we may sell to; a group narrows them
// for its products). Stores outside it make a shipment a diversion going out. Only the owner saves.
import { ActionIcon, Alert, Badge, Button, Group, Paper, Stack, TagsInput, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import type { ApiOutputs } from '../../api/types';
import { useCurrentUser } from '../../auth/current-user';
import { ProductPicker } from '../receiving/ProductPicker';

type View = ApiOutputs['trace']['settingsView'];
interface Group {
  name: string;
  regions: string[];
  channels: string[];
  products: { id: string; sku: string; name: string }[];
}

function groupsOf(v: View): Group[] {
  const byId = new Map(v.groupProducts.map((p) => [p.id, p]));
  return v.territory.groups.map((g) => ({
    name: g.name,
    regions: g.regions,
    channels: g.channels,
    products: g.productIds.map((id) => byId.get(id) ?? { id, sku: '', name: id }),
  }));
}

export function TraceSettings() {
  const trpc = useTRPC();
  const view = useQuery(trpc.trace.settingsView.queryOptions());
  // The form starts from what is saved; a fresh key after saving re-reads it.
  return view.data ? <SettingsForm key={JSON.stringify(view.data)} saved={view.data} /> : null;
}

function SettingsForm({ saved }: { saved: View }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const owner = useCurrentUser().role === 'owner';
  const [code, setCode] = useState(saved.distributorCode ?? '');
  const [regions, setRegions] = useState(saved.territory.regions);
  const [channels, setChannels] = useState(saved.territory.channels);
  const [groups, setGroups] = useState<Group[]>(() => groupsOf(saved));
  const save = useMutation(
    trpc.trace.saveSettings.mutationOptions({
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('trace.settings.saved') });
        void queryClient.invalidateQueries({ queryKey: trpc.trace.pathKey() });
      },
      onError: (e) => notifications.show({ color: 'red', message: errorText(e, t('common.errors.network')) }),
    }),
  );
  const setGroup = (i: number, g: Partial<Group>) => setGroups((all) => all.map((x, j) => (j === i ? { ...x, ...g } : x)));
  const submit = () =>
    save.mutate({
      distributorCode: code.trim() || null,
      territory: {
        regions,
        channels,
        groups: groups.filter((g) => g.name.trim()).map((g) => ({ name: g.name.trim(), regions: g.regions, channels: g.channels, productIds: g.products.map((p) => p.id) })),
      },
    });

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (owner) submit();
      }}
    >
      <Stack gap="md" maw={860}>
        {owner ? null : <Alert color="gray">{t('trace.settings.ownerOnly')}</Alert>}
        <Paper withBorder p="md">
          <Stack gap="sm">
            <Title order={5}>{t('trace.settings.registry')}</Title>
            <TextInput label={t('trace.settings.distributorCode')} description={t('trace.settings.distributorHint')} value={code} onChange={(e) => setCode(e.currentTarget.value)} w={320} disabled={!owner} />
          </Stack>
        </Paper>
        <Paper withBorder p="md">
          <Stack gap="sm">
            <Title order={5}>{t('trace.settings.territory')}</Title>
            <Text size="xs" c="dimmed">
              {t('trace.settings.territoryHint')}
            </Text>
            <TagsInput label={t('trace.settings.regions')} placeholder={t('trace.settings.addHint')} value={regions} onChange={setRegions} disabled={!owner} clearable />
            <TagsInput label={t('trace.settings.channels')} placeholder={t('trace.settings.addHint')} value={channels} onChange={setChannels} disabled={!owner} clearable />
          </Stack>
        </Paper>
        <Paper withBorder p="md">
          <Stack gap="sm">
            <Group justify="space-between">
              <Title order={5}>{t('trace.settings.groups')}</Title>
              {owner ? (
                <Button size="xs" variant="light" onClick={() => setGroups((all) => [...all, { name: '', regions: [], channels: [], products: [] }])}>
                  {t('trace.settings.addGroup')}
                </Button>
              ) : null}
            </Group>
            <Text size="xs" c="dimmed">
              {t('trace.settings.groupsHint')}
            </Text>
            {groups.map((g, i) => (
              <Paper key={i} withBorder p="sm" bg="gray.0">
                <Stack gap="xs">
                  <Group align="flex-end" gap="sm">
                    <TextInput label={t('trace.settings.groupName')} value={g.name} onChange={(e) => setGroup(i, { name: e.currentTarget.value })} w={220} disabled={!owner} />
                    {owner ? (
                      <Button size="xs" variant="subtle" color="red" onClick={() => setGroups((all) => all.filter((_, j) => j !== i))}>
                        {t('trace.settings.removeGroup')}
                      </Button>
                    ) : null}
                  </Group>
                  <Group gap={4}>
                    {g.products.map((p) => (
                      <Badge key={p.id} variant="light" style={{ textTransform: 'none' }} rightSection={owner ? <ActionIcon size="xs" variant="transparent" aria-label={t('trace.settings.removeProduct', { name: p.name })} onClick={() => setGroup(i, { products: g.products.filter((x) => x.id !== p.id) })}>×</ActionIcon> : null}>
                        {p.sku} {p.name}
                      </Badge>
                    ))}
                  </Group>
                  {owner ? (
                    <div style={{ width: 360 }}>
                      <ProductPicker
                        label={t('trace.settings.addProduct')}
                        value={null}
                        onChange={(p) => p && !g.products.some((x) => x.id === p.id) && setGroup(i, { products: [...g.products, { id: p.id, sku: p.sku, name: p.name }] })}
                      />
                    </div>
                  ) : null}
                  <TagsInput label={t('trace.settings.regions')} placeholder={t('trace.settings.addHint')} value={g.regions} onChange={(v) => setGroup(i, { regions: v })} disabled={!owner} />
                  <TagsInput label={t('trace.settings.channels')} placeholder={t('trace.settings.addHint')} value={g.channels} onChange={(v) => setGroup(i, { channels: v })} disabled={!owner} />
                </Stack>
              </Paper>
            ))}
          </Stack>
        </Paper>
        {owner ? (
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('trace.settings.save')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </form>
  );
}
