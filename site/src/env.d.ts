/// <reference types="astro/client" />
import type { Identity } from '@aec/config';
import type { JoinDraft } from './lib/join-draft';
import type { OwnedDraft } from './lib/member-draft';

declare global {
  namespace App {
    interface Locals {
      /** The member's Strapi access token, from our httpOnly cookie; null when logged out. */
      member: { jwt: string } | null;
      /** The association's name and addresses, read at most once per request (lib/strapi/content.ts). */
      identity: () => Promise<Identity>;
    }

    /** What the site's own session (Astro.session) keeps between two requests. */
    interface SessionData {
      /** « Modifier ma fiche membre »: the steps typed so far, and whose they are. */
      memberRecordDraft: OwnedDraft;
      /** « Adhérer »: the steps typed so far (the password sealed). */
      joinDraft: JoinDraft;
      /** « Adhérer »: the address the acknowledgment went to, for the thank-you page. */
      joinSentTo: string;
    }
  }
}

export {};
