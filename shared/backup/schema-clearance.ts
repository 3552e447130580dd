// Review and clearance (issue 15): required clearances with their sign-offs, review requests sent,
// and the comments and tracked changes taken in from returned review copies.
import { z } from 'zod';
import type { Clearance, ClearanceRequirement, ClearanceSignOff, IssuedClearance, IssuedClearances } from '../clearance/model';
import type { ReviewItem, ReviewReply, ReviewRequest, Reviewer } from '../review/model';
import { REVIEW_LIMITS } from '../review/model';
import { LIMITS, id, isoInstant, meta, position, text } from './schema-common';

const role = z.enum(['finance', 'legal', 'equality', 'hr', 'risk', 'other']);
const sha = z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 as 64 lower-case hex digits');

export const signOffSchema = z.object({
  by: text(200),
  role: text(300),
  at: isoInstant,
  how: z.enum(['app', 'email', 'returned-file']),
  textHash: sha,
  recordedBy: text(200),
  note: text(LIMITS.field),
}) satisfies z.ZodType<ClearanceSignOff>;

export const clearanceSchema = z.object({
  ...meta,
  paperId: id,
  sectionId: id,
  role,
  personId: id.nullable(),
  personName: text(200),
  askedAt: isoInstant.nullable(),
  signOff: signOffSchema.nullable(),
  history: z.array(signOffSchema).max(50, 'more than 50 earlier sign-offs'),
}) satisfies z.ZodType<Clearance>;

export const clearanceRequirementSchema = z.object({ role, personId: id.nullable(), personName: text(200) }) satisfies z.ZodType<ClearanceRequirement>;

const issuedClearanceSchema = z.object({
  sectionTitle: text(LIMITS.title),
  role,
  personName: text(200),
  state: z.enum(['not-asked', 'asked', 'cleared', 'changed']),
  signOff: signOffSchema.nullable(),
}) satisfies z.ZodType<IssuedClearance>;

export const issuedClearancesSchema = z.object({
  clearances: z.array(issuedClearanceSchema).max(500, 'more than 500 clearances'),
  overrideReason: text(LIMITS.field).nullable(),
}) satisfies z.ZodType<IssuedClearances>;

const reviewerSchema = z.object({
  personId: id.nullable(),
  name: text(200),
  role: z.union([role, z.literal('comments')]),
  sectionIds: z.array(id).max(500),
  ask: text(LIMITS.field),
}) satisfies z.ZodType<Reviewer>;

export const reviewRequestSchema = z.object({
  ...meta,
  paperId: id,
  sentAt: isoInstant,
  dueDate: z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, 'expected a date like 2026-12-08, or empty'),
  draftHash: sha,
  lineNumbers: z.boolean(),
  reviewers: z.array(reviewerSchema).min(1, 'a review request needs a reviewer').max(50, 'more than 50 reviewers'),
  note: text(LIMITS.field),
}) satisfies z.ZodType<ReviewRequest>;

const replySchema = z.object({ by: text(200), at: isoInstant, text: text(REVIEW_LIMITS.commentChars) }) satisfies z.ZodType<ReviewReply>;

const formatMark = z.enum(['bold', 'italic', 'underline']);

export const reviewItemSchema = z.object({
  ...meta,
  paperId: id,
  returnId: id,
  fileName: text(500),
  requestId: id.nullable(),
  position,
  kind: z.enum(['comment', 'insertion', 'deletion', 'moveFrom', 'moveTo', 'paragraphInserted', 'paragraphDeleted', 'paragraphsJoined', 'formatting']),
  author: text(200),
  date: text(40),
  text: text(REVIEW_LIMITS.commentChars),
  quote: text(REVIEW_LIMITS.paragraphChars),
  paragraphText: text(REVIEW_LIMITS.paragraphChars),
  offset: z.number().int().min(0).max(REVIEW_LIMITS.paragraphChars),
  paragraphIndex: z.number().int().min(0).max(1_000_000),
  parentId: id.nullable(),
  status: z.enum(['open', 'accepted', 'rejected', 'resolved']),
  replies: z.array(replySchema).max(200, 'more than 200 replies'),
  followingText: text(REVIEW_LIMITS.paragraphChars).optional(),
  formatting: z
    .object({
      added: z.array(formatMark).max(3),
      removed: z.array(formatMark).max(3),
      other: z.array(text(100)).max(20),
    })
    .optional(),
  inFootnote: z.boolean().optional(),
}) satisfies z.ZodType<ReviewItem>;
