// The shape of an IPC call is checked in main before the API sees it: the renderer is not trusted to send what
// its types say. The API validates `input` itself with each procedure's zod schema.
import { z } from 'zod';
import type { IpcRequest } from '../../api/contract/bridge';

const ipcRequestSchema = z.object({
  type: z.enum(['query', 'mutation']),
  path: z.string().min(1).max(200).regex(/^[A-Za-z0-9_.]+$/),
  input: z.unknown(),
  token: z.string().max(512).nullable(),
  lang: z.string().max(35),
});

export function parseIpcRequest(raw: unknown): IpcRequest | null {
  const parsed = ipcRequestSchema.safeParse(raw);
  return parsed.success ? { ...parsed.data, input: parsed.data.input } : null;
}
