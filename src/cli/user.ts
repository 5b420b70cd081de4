import type { Command } from 'commander';
import { loadConfig } from '../platform/config.ts';
import { CLI_ACTOR } from '../auth/actor.ts';
import { generatePassword } from '../auth/secrets.ts';
import { createApiToken } from '../auth/tokens.ts';
import type { Role } from '../db/schema.ts';
import { AppError } from '../platform/errors.ts';
import { createUser, findUserByUsername } from '../users/service.ts';
import { withDatabase } from './database.ts';

export function registerUser(program: Command): void {
  const user = program.command('user').description('Manage user accounts');
  user
    .command('add')
    .description('Create a user; prints a generated password unless --password is given')
    .requiredOption('--username <name>', 'login name')
    .requiredOption('--role <role>', 'admin, supervisor, agent or l2')
    .option('--team <code>', 'the Layer 2 team (required for l2), e.g. DTU')
    .option('--name <full name>', 'display name')
    .option('--email <address>', 'email address')
    .option('--password <password>', 'initial password (at least 10 characters)')
    .action(async (o: { username: string; role: Role; team?: string; name?: string; email?: string; password?: string }) => {
      const password = o.password ?? generatePassword();
      const created = await withDatabase(loadConfig(), (h) =>
        createUser(h.db, CLI_ACTOR, { username: o.username, role: o.role, team: o.team, name: o.name, email: o.email, password }),
      );
      console.log(`Created ${created.role} ${created.username}${created.team ? ` (team ${created.team.code})` : ''}.`);
      if (!o.password) console.log(`Password: ${password}`);
    });
}

export function registerToken(program: Command): void {
  const token = program.command('token').description('Manage personal API tokens');
  token
    .command('create')
    .description('Create an API token for a user and print it once')
    .requiredOption('--user <name>', 'the username the token acts as')
    .option('--name <label>', 'what the token is for', 'cli')
    .action(async (o: { user: string; name: string }) => {
      const created = await withDatabase(loadConfig(), async (h) => {
        const owner = await findUserByUsername(h.db, o.user);
        if (!owner) throw new AppError('not_found', `No user named ${o.user}`);
        return createApiToken(h.db, CLI_ACTOR, owner.id, o.name);
      });
      console.log(created.token);
      console.error(`Token ${created.id} (${created.name}) for ${o.user}; use it as "Authorization: Bearer <token>". It is shown only now.`);
    });
}
