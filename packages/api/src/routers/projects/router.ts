import { router } from '../../trpc.ts';
import { addMember } from './add-member.ts';
import { archive } from './archive.ts';
import { create } from './create.ts';
import { get } from './get.ts';
import { getSla } from './get-sla.ts';
import { importTicketsProcedure } from './import.ts';
import { list } from './list.ts';
import { listMembers } from './list-members.ts';
import { putSla } from './put-sla.ts';
import { removeMember } from './remove-member.ts';
import { unarchive } from './unarchive.ts';
import { update } from './update.ts';
import { updateMember } from './update-member.ts';

export const projectsRouter = router({
  list,
  get,
  create,
  update,
  archive,
  unarchive,
  import: importTicketsProcedure,
  members: router({ list: listMembers, add: addMember, update: updateMember, remove: removeMember }),
  sla: router({ get: getSla, put: putSla }),
});
