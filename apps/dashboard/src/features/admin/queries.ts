import type { components } from '@mbi/client';
import type { Locale } from '@mbi/domain';
import { queryOptions } from '@tanstack/react-query';
import { clientFor } from '../../api/client';
import { ProblemError, unwrap } from '../../ui/problem';

export type ApiKey = components['schemas']['ApiKey'];
export type ApiKeyRequest = components['schemas']['ApiKeyRequest'];
export type CreatedApiKey = components['schemas']['CreatedApiKey'];

export const adminKeys = {
  all: ['admin'] as const,
  apiKeys: (lang: Locale) => [...adminKeys.all, 'api-keys', lang] as const,
  users: (lang: Locale) => [...adminKeys.all, 'users', lang] as const,
};

export const apiKeysQuery = (lang: Locale) =>
  queryOptions({
    queryKey: adminKeys.apiKeys(lang),
    queryFn: async (): Promise<readonly ApiKey[]> => {
      const { data, error } = await clientFor(lang).raw.GET('/v1/api-keys');
      if (data === undefined) throw new ProblemError(error);
      return data.items;
    },
  });

export async function createApiKey(lang: Locale, request: ApiKeyRequest): Promise<CreatedApiKey> {
  const { data, error } = await clientFor(lang).raw.POST('/v1/api-keys', { body: request });
  if (data === undefined) throw new ProblemError(error);
  return data;
}

export async function revokeApiKey(lang: Locale, id: string): Promise<void> {
  const { error, response } = await clientFor(lang).raw.DELETE('/v1/api-keys/{id}', {
    params: { path: { id } },
  });
  if (!response.ok)
    throw new ProblemError(
      error ?? {
        type: 'urn:mbi:problem:unexpected-response',
        code: 'unexpected-response',
        title: '',
        status: response.status,
      },
    );
}

export type User = components['schemas']['User'];
export type UserRequest = components['schemas']['UserRequest'];
export type UserPatch = components['schemas']['UserPatch'];
export type CreatedUser = components['schemas']['CreatedUser'];

export async function listUsers(lang: Locale): Promise<readonly User[]> {
  return unwrap(await clientFor(lang).listUsers()).items;
}

export async function createUser(lang: Locale, request: UserRequest): Promise<CreatedUser> {
  return unwrap(await clientFor(lang).createUser(request));
}

export async function updateUser(lang: Locale, id: string, patch: UserPatch): Promise<User> {
  return unwrap(await clientFor(lang).updateUser(id, patch));
}

export const usersQuery = (lang: Locale) =>
  queryOptions({ queryKey: adminKeys.users(lang), queryFn: () => listUsers(lang) });
