/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by the middleware for logged-in members (issue "Se connecter"). */
    member: { email: string } | null;
  }
}
