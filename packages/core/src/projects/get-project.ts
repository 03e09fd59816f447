import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { projectAccess } from './project-access.ts';
import type { Project } from './schemas.ts';
import { toProject } from './to-project.ts';

export async function getProject(deps: Deps, actor: Actor, input: { key: string }): Promise<Project> {
  const access = await projectAccess(deps.db, actor, input.key);
  return toProject(access.project, access.myRole, actor);
}
