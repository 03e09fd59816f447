import { type Role, roles } from '@ticketing/db/schema';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../src/errors.ts';
import { assertCan, can, type Permission, rolePermissions } from '../src/permissions.ts';

const rolesThatCan = (permission: Permission): Role[] => roles.filter((role) => can({ role }, permission));

describe('rolePermissions', () => {
  it('gives every role auth:self and the read permissions', () => {
    for (const role of roles) {
      expect(rolePermissions[role]).toEqual(expect.arrayContaining(['auth:self', 'users:read', 'departments:read']));
    }
  });

  it('reserves creating and managing to admins, and listing users to managers and admins', () => {
    expect(rolesThatCan('users:create')).toEqual(['admin']);
    expect(rolesThatCan('users:manage')).toEqual(['admin']);
    expect(rolesThatCan('departments:create')).toEqual(['admin']);
    expect(rolesThatCan('users:list')).toEqual(['manager', 'admin']);
  });

  it('grants each role everything the role below it has', () => {
    expect(rolePermissions.manager).toEqual(expect.arrayContaining([...rolePermissions.user]));
    expect(rolePermissions.admin).toEqual(expect.arrayContaining([...rolePermissions.manager]));
  });
});

describe('assertCan', () => {
  it('passes silently when the role has the permission', () => {
    expect(() => assertCan({ role: 'admin' }, 'users:create')).not.toThrow();
    expect(() => assertCan({ role: 'user' }, 'auth:self')).not.toThrow();
  });

  it('throws E_FORBIDDEN when it does not', () => {
    let thrown: unknown;
    try {
      assertCan({ role: 'manager' }, 'users:create');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect(thrown).toMatchObject({ code: 'E_FORBIDDEN' });
  });
});
