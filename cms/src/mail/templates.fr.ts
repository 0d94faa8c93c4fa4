/**
 * The association's mails, in French. Each returns subject, text and HTML; the HTML escapes
 * every value it prints. No password ever appears in a mail. The association's name and contact
 * address are those of « Réglages de l'association » when the mail is written (`mailsOf`).
 */
import type { Core } from '@strapi/strapi';
import { escapeHtml, theAssociation, type Identity } from '@aec/config';
import { serviceOf, uids } from '../db';

export interface Mail {
  subject: string;
  text: string;
  html: string;
  /** Where an answer goes: the association's contact address, or a visitor's for their message. */
  replyTo?: string;
  /** The sender's name, the association's (mails queued before it was kept have none). */
  fromName?: string;
}

/** The mails as the association signs them now. */
export async function mailsOf(strapi: Core.Strapi): Promise<Mails> {
  return mailsFor(await serviceOf(strapi, uids.associationSetting).identity());
}

export type Mails = ReturnType<typeof mailsFor>;

export function mailsFor(association: Identity) {
  // « l’AEC », « l’association CCS »: after « de » and « à » in every mail.
  const named = theAssociation(association.shortName);
  function layout(
    paragraphs: Array<string | { link: string; label: string }>,
  ): Pick<Mail, 'text' | 'html' | 'replyTo' | 'fromName'> {
    const text = paragraphs.map((p) => (typeof p === 'string' ? p : `${p.label} :\n${p.link}`)).join('\n\n');
    const html = paragraphs
      .map((p) =>
        typeof p === 'string'
          ? `<p style="white-space:pre-line">${escapeHtml(p)}</p>`
          : `<p><a href="${escapeHtml(p.link)}" style="display:inline-block;padding:10px 16px;background:#7a2e12;color:#fff;text-decoration:none;border-radius:4px">${escapeHtml(p.label)}</a></p><p style="font-size:14px;color:#555">Si le bouton ne marche pas, copiez cette adresse dans votre navigateur :<br>${escapeHtml(p.link)}</p>`,
      )
      .join('\n');
    const signature = `${association.name}\n${association.contactEmail}`;
    return {
      text: `${text}\n\n-- \n${signature}\n`,
      html: `<!doctype html><html lang="fr"><body style="font-family:Arial,sans-serif;font-size:16px;line-height:1.5;color:#1d1b19">${html}<p style="color:#555">— ${escapeHtml(association.name)}<br>${escapeHtml(association.contactEmail)}</p></body></html>`,
      replyTo: association.contactEmail,
      fromName: association.name,
    };
  }

  return {
    resetPassword(input: { firstName: string | null; link: string; validMinutes: number }): Mail {
      return {
        subject: 'Réinitialiser votre mot de passe',
        ...layout([
          `Bonjour${input.firstName ? ` ${input.firstName}` : ''},`,
          `Vous avez demandé à choisir un nouveau mot de passe pour votre compte sur le site de ${named}.`,
          'Cliquez sur le bouton ci-dessous, puis saisissez deux fois votre nouveau mot de passe (il peut être le même que le précédent).',
          { link: input.link, label: 'Choisir mon nouveau mot de passe' },
          `Ce lien est valable ${input.validMinutes} minutes et ne sert qu’une fois. Si vous avez fait plusieurs demandes, seul le lien du dernier mail fonctionne.`,
          'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.',
        ]),
      };
    },

    /** To a member imported from the association's former list: their account exists, without a password yet. */
    firstLogin(input: {
      firstName: string | null;
      email: string;
      link: string;
      validDays: number;
      forgotLink: string;
    }): Mail {
      return {
        subject: `Votre espace membre sur le site de ${named} : première connexion`,
        ...layout([
          `Bonjour${input.firstName ? ` ${input.firstName}` : ''},`,
          `L’${association.shortName} ouvre à chaque adhérent un espace membre sur son site : vous y verrez votre cotisation, pourrez mettre à jour vos coordonnées et rédiger vos fiches.`,
          `Votre compte est prêt. Votre identifiant est votre adresse e-mail : ${input.email}. Il ne vous reste qu’à choisir votre mot de passe.`,
          { link: input.link, label: 'Choisir mon mot de passe' },
          `Ce lien est valable ${input.validDays} jours et ne sert qu’une fois. Passé ce délai, utilisez « Mot de passe oublié ? » sur la page Se connecter : ${input.forgotLink}`,
          `Pour toute question, répondez simplement à ce message ou écrivez-nous à ${association.contactEmail}.`,
        ]),
      };
    },

    resetPasswordUnknownAddress(input: { email: string; forgotLink: string }): Mail {
      return {
        subject: 'Votre demande de nouveau mot de passe',
        ...layout([
          'Bonjour,',
          `Quelqu’un, sans doute vous, a demandé un nouveau mot de passe sur le site de ${named} pour l’adresse ${input.email}.`,
          'Aucun compte n’utilise cette adresse. Vous avez peut-être adhéré avec une autre adresse e-mail : essayez-la.',
          { link: input.forgotLink, label: 'Essayer une autre adresse' },
          `Si vous ne la retrouvez pas, ou si votre adresse a été mal saisie lors de votre adhésion, écrivez-nous à ${association.contactEmail}.`,
          'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message.',
        ]),
      };
    },

    resetPasswordBlockedAccount(input: { firstName: string | null }): Mail {
      return {
        subject: 'Votre demande de nouveau mot de passe',
        ...layout([
          `Bonjour${input.firstName ? ` ${input.firstName}` : ''},`,
          `Vous avez demandé un nouveau mot de passe, mais votre compte sur le site de ${named} est désactivé.`,
          `Pour le réactiver (par exemple après le règlement de votre cotisation), écrivez-nous à ${association.contactEmail}.`,
        ]),
      };
    },

    emailChangeConfirm(input: { firstName: string; link: string }): Mail {
      return {
        subject: 'Confirmez votre nouvelle adresse e-mail',
        ...layout([
          `Bonjour ${input.firstName},`,
          `Vous avez demandé à utiliser cette adresse pour vous connecter au site de ${named}.`,
          'Pour confirmer, cliquez sur le bouton ci-dessous. Tant que ce n’est pas fait, votre ancienne adresse reste votre identifiant.',
          { link: input.link, label: 'Confirmer ma nouvelle adresse' },
          'Ce lien est valable une heure et ne sert qu’une fois. Si vous n’êtes pas à l’origine de cette demande, ignorez ce message.',
        ]),
      };
    },

    emailChangeTaken(input: { email: string }): Mail {
      return {
        subject: 'Votre demande de changement d’adresse',
        ...layout([
          'Bonjour,',
          `Quelqu’un a demandé à utiliser l’adresse ${input.email} pour se connecter au site de ${named}.`,
          'Un compte utilise déjà cette adresse : le changement n’a pas été fait. Si ce compte est le vôtre, connectez-vous avec cette adresse (au besoin avec « Mot de passe oublié ? »).',
          `Pour toute question, écrivez-nous à ${association.contactEmail}.`,
        ]),
      };
    },

    emailChangeRequested(input: { firstName: string; newEmail: string }): Mail {
      return {
        subject: 'Demande de changement de votre adresse de connexion',
        ...layout([
          `Bonjour ${input.firstName},`,
          `Une demande a été faite pour remplacer votre adresse de connexion par ${input.newEmail}. Elle ne prendra effet qu’une fois confirmée depuis cette nouvelle adresse.`,
          `Si vous n’êtes pas à l’origine de cette demande, changez votre mot de passe et écrivez-nous à ${association.contactEmail}.`,
        ]),
      };
    },

    emailChanged(input: { firstName: string; newEmail: string }): Mail {
      return {
        subject: 'Votre adresse de connexion a changé',
        ...layout([
          `Bonjour ${input.firstName},`,
          `Votre adresse de connexion au site de ${named} est désormais ${input.newEmail}.`,
          `Si vous n’êtes pas à l’origine de ce changement, écrivez-nous tout de suite à ${association.contactEmail}.`,
        ]),
      };
    },

    erasureRequest(input: { memberName: string; email: string; membershipNumber: number | null }): Mail {
      return {
        subject: `Demande d’effacement des données : ${input.memberName}`,
        ...layout([
          'Bonjour,',
          `${input.memberName} (${input.email}${input.membershipNumber ? `, adhérent n° ${input.membershipNumber}` : ''}) demande l’effacement de ses données personnelles depuis son espace membre.`,
          'À traiter dans l’administration : les pièces comptables (paiements) sont conservées pendant la durée légale, le reste est effacé ou anonymisé. Répondez au membre une fois la demande traitée (un mois au plus).',
        ]),
      };
    },

    /** The staff's daily mail: what waits for them in the admin, counts and links only. */
    staffDigest(input: { items: Array<{ text: string; link: string }> }): Mail {
      return {
        subject: `${association.shortName} : ${input.items.map((item) => item.text).join(', ')}`,
        ...layout([
          'Bonjour,',
          'Voici ce qui vous attend dans l’administration du site :',
          ...input.items.map((item) => ({ link: item.link, label: item.text })),
          'Vous recevez ce message une fois par jour, seulement quand quelque chose vous attend.',
        ]),
      };
    },

    fichePublished(input: { firstName: string; title: string; link: string }): Mail {
      return {
        subject: `Votre fiche est publiée : ${input.title}`,
        ...layout([
          `Bonjour ${input.firstName},`,
          `Bonne nouvelle : votre fiche « ${input.title} » a été relue et publiée sur le site de ${named}. Merci pour votre contribution !`,
          { link: input.link, label: 'Voir ma fiche publiée' },
        ]),
      };
    },

    ficheSentBack(input: { firstName: string; title: string; comment: string; link: string }): Mail {
      return {
        subject: `Votre fiche à reprendre : ${input.title}`,
        ...layout([
          `Bonjour ${input.firstName},`,
          `Les éditeurs ont relu votre fiche « ${input.title} » et vous la renvoient avec ce commentaire :`,
          input.comment || '(pas de commentaire)',
          'Vous pouvez la modifier puis la soumettre à nouveau depuis « Voir et modifier mes fiches ».',
          { link: input.link, label: 'Reprendre ma fiche' },
        ]),
      };
    },

    passwordChanged(input: { firstName: string | null }): Mail {
      return {
        subject: 'Votre mot de passe a été modifié',
        ...layout([
          `Bonjour${input.firstName ? ` ${input.firstName}` : ''},`,
          `Le mot de passe de votre compte sur le site de ${named} vient d’être modifié. Par sécurité, toutes vos connexions ont été fermées, sauf celle d’où vient le changement.`,
          `Si vous n’êtes pas à l’origine de ce changement, écrivez-nous tout de suite à ${association.contactEmail}.`,
        ]),
      };
    },

    joinAcknowledgment(input: { firstName: string; email: string; link: string; validHours: number }): Mail {
      return {
        subject: `Votre adhésion à ${named} : confirmez votre adresse`,
        ...layout([
          `Bonjour ${input.firstName},`,
          `Merci de votre adhésion à ${theAssociation(association.name)}. Votre compte est créé.`,
          `Pour vous connecter, vous utiliserez cette adresse e-mail : ${input.email}, avec le mot de passe que vous avez choisi (nous ne l’envoyons jamais par courriel).`,
          'Il reste une étape : confirmer que cette adresse est bien la vôtre, en cliquant sur le bouton ci-dessous, puis en saisissant le mot de passe que vous avez choisi.',
          { link: input.link, label: 'Confirmer mon adresse' },
          `Ce lien est valable ${input.validHours} heures et ne sert qu’une fois. Passé ce délai, connectez-vous simplement : un nouveau lien vous sera envoyé.`,
          'Une fois votre adresse confirmée, vous trouverez sur le site la manière de payer votre cotisation, avec votre référence de virement personnelle.',
          'Si vous n’êtes pas à l’origine de cette adhésion, ignorez ce message : sans confirmation, le compte ne sert pas.',
        ]),
      };
    },

    confirmAccountAgain(input: { firstName: string | null; link: string; validHours: number }): Mail {
      return {
        subject: 'Confirmez votre adresse e-mail',
        ...layout([
          `Bonjour${input.firstName ? ` ${input.firstName}` : ''},`,
          `Vous avez essayé de vous connecter au site de ${named}, mais votre adresse n’est pas encore confirmée. Cliquez sur le bouton ci-dessous, puis saisissez le mot de passe que vous avez choisi en adhérant.`,
          { link: input.link, label: 'Confirmer mon adresse' },
          `Ce lien est valable ${input.validHours} heures et ne sert qu’une fois.`,
        ]),
      };
    },

    joinAddressTaken(input: { email: string; forgotLink: string; loginLink: string }): Mail {
      return {
        subject: `Votre demande d’adhésion à ${named}`,
        ...layout([
          'Bonjour,',
          `Quelqu’un, sans doute vous, vient de remplir le formulaire d’adhésion avec l’adresse ${input.email}. Un compte existe déjà avec cette adresse : il n’en a pas été créé d’autre.`,
          'Si c’est votre compte, connectez-vous avec votre mot de passe habituel. Si vous l’avez oublié, choisissez-en un nouveau :',
          { link: input.forgotLink, label: 'Mot de passe oublié ?' },
          `Pour vous connecter : ${input.loginLink}`,
          `Si vous n’êtes pas à l’origine de cette demande, ignorez ce message. Pour toute question : ${association.contactEmail}.`,
        ]),
      };
    },

    newMemberNotice(input: {
      memberName: string;
      email: string;
      membershipNumber: number | null;
      couple: boolean;
      city: string;
    }): Mail {
      return {
        subject: `Nouvelle adhésion : ${input.memberName}`,
        ...layout([
          'Bonjour,',
          `${input.memberName} (${input.email}, ${input.city}) vient d’adhérer depuis le site${input.membershipNumber ? `, sous le n° ${input.membershipNumber}` : ''}${input.couple ? ', en couple' : ''}.`,
          'Sa fiche est dans l’administration, « Fiche membre ». La cotisation n’est pas encore payée : le site lui indique comment la régler, avec sa référence de virement.',
        ]),
      };
    },

    contactMessage(input: { name: string; email: string; subject: string; message: string }): Mail {
      return {
        subject: `Message du site : ${input.subject}`,
        ...layout([
          `${input.name} (${input.email}) vous écrit depuis le formulaire de contact du site :`,
          input.message,
          'Pour répondre, répondez simplement à ce courriel.',
        ]),
        // After the layout's: an answer goes to the visitor.
        replyTo: input.email,
      };
    },

    /** A dues reminder: the volunteers' template, its placeholders already filled in, and the pay page's button. */
    reminder(input: { subject: string; body: string; link: string }): Mail {
      return {
        subject: input.subject,
        ...layout([
          ...input.body
            .split(/\n\s*\n/)
            .map((paragraph) => paragraph.trim())
            .filter(Boolean),
          { link: input.link, label: 'Payer votre cotisation' },
        ]),
      };
    },
  };
}
