// The signed-in person, as the shell and screens need it. auth.login and auth.me describe the user a little
// differently; both are turned into this one shape.
import { createContext, useContext } from 'react';
import type { Role } from '../api/contract';

export interface SessionUser {
  id: string;
  name: string;
  role: Role;
}

export const CurrentUserContext = createContext<SessionUser | null>(null);

export function useCurrentUser(): SessionUser {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser outside a signed-in screen');
  return user;
}
