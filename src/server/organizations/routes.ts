/** /api/organization and /api/members: the active organization's settings and staff. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { responses } from '../../api/common.ts';
import {
  MemberCreateSchema,
  MemberListSchema,
  MemberParams,
  MemberSchema,
  MemberUpdateSchema,
  OrganizationSchema,
  OrganizationUpdateSchema,
} from '../../api/organizations.ts';
import { scopeOf } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import * as orgs from './service.ts';

export function organizationRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/organization',
      {
        config: { access: { action: 'organization.read' } },
        schema: {
          tags: ['organization'],
          summary: 'The active organization',
          response: responses({ 200: OrganizationSchema }),
        },
      },
      (request) => orgs.getOrganization(ctx, scopeOf(request)),
    );

    app.patch(
      '/api/organization',
      {
        config: { access: { action: 'organization.update' } },
        schema: {
          tags: ['organization'],
          summary:
            'Rename, set the time zone, require two-factor sign-in for every member, or set the crisis-support message',
          body: OrganizationUpdateSchema,
          response: responses({ 200: OrganizationSchema }),
        },
      },
      (request) => orgs.updateOrganization(ctx, scopeOf(request), request.body),
    );

    app.get(
      '/api/members',
      {
        config: { access: { action: 'member.read' } },
        schema: {
          tags: ['members'],
          summary: 'Staff of the active organization',
          response: responses({ 200: MemberListSchema }),
        },
      },
      async (request) => ({ items: await orgs.listMembers(ctx, scopeOf(request)) }),
    );

    app.post(
      '/api/members',
      {
        config: { access: { action: 'member.manage' } },
        schema: {
          tags: ['members'],
          summary: 'Add a staff member with a role',
          body: MemberCreateSchema,
          response: responses({ 201: MemberSchema }),
        },
      },
      async (request, reply) => {
        const scope = scopeOf(request);
        return reply
          .code(201)
          .send(await orgs.addMember(ctx, scope.organizationId, scope.actor, request.body));
      },
    );

    app.patch(
      '/api/members/:userId',
      {
        config: { access: { action: 'member.manage' } },
        schema: {
          tags: ['members'],
          summary: "Change a member's role",
          params: MemberParams,
          body: MemberUpdateSchema,
          response: responses({ 200: MemberSchema }),
        },
      },
      (request) => orgs.changeRole(ctx, scopeOf(request), request.params.userId, request.body.role),
    );

    app.delete(
      '/api/members/:userId',
      {
        config: { access: { action: 'member.manage' } },
        schema: {
          tags: ['members'],
          summary: 'Remove a member from the organization',
          params: MemberParams,
          response: responses({ 204: Type.Null() }),
        },
      },
      async (request, reply) => {
        await orgs.removeMember(ctx, scopeOf(request), request.params.userId);
        return reply.code(204).send(null);
      },
    );
  };
}
