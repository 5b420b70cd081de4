import type { FastifyRequest } from 'fastify';
import type { Role } from '../db/schema.ts';
import { AppError } from '../platform/errors.ts';
import { auditActorOf, type Actor, type AuditActor } from './actor.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor?: Actor;
  }
}

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('unauthenticated', 'Log in or send an API token (Authorization: Bearer ...)');
  return request.actor;
}

export function requireRole(request: FastifyRequest, ...roles: Role[]): Actor {
  const actor = requireActor(request);
  if (!roles.includes(actor.role)) {
    throw new AppError('forbidden', `This needs the role ${roles.join(' or ')}; you are ${actor.role}`);
  }
  return actor;
}

/** The audit actor of an authenticated request, with the client's address. */
export const auditActor = (request: FastifyRequest, actor: Actor = requireActor(request)): AuditActor =>
  auditActorOf(actor, request.ip);

export const STAFF_ROLES: Role[] = ['admin', 'supervisor', 'agent', 'l2'];
export const MANAGER_ROLES: Role[] = ['admin', 'supervisor'];
