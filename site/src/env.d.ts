/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The member's Strapi access token, from our httpOnly cookie; null when logged out. */
    session: { jwt: string } | null;
  }
}
