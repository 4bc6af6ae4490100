/**
 * French catalog: the source language. Its keys define {@link MessageKey} and its ICU arguments define the
 * values `t()` requires, so every other catalog is checked against this one.
 *
 * Typography: the apostrophe is ’ (U+2019), never `'`, which ICU MessageFormat reads as a quote; a
 * no-break space (U+00A0) precedes `:` as French typography requires.
 */
export const fr = {
  'app.name': 'Mont-Blanc INNOVATION',
  'app.tagline':
    'Une dynamique économique transfrontalière autour des filières d’excellence de l’Espace Mont-Blanc',
  'app.programme': 'Programme Interreg V-A France-Italie (ALCOTRA) 2014-2020',
  'app.cofunded':
    'Projet cofinancé par l’Union européenne – Fonds européen de développement régional (FEDER)',

  'nav.home': 'Accueil',
  'nav.partners': 'Partenaires',
  'nav.financing': 'Plan de financement',
  'nav.workPackages': 'Lots de travaux',
  'nav.observatory': 'Observatoire économique',
  'nav.map': 'Carte',
  'nav.establishments': 'Établissements',
  'nav.events': 'Événements',
  'nav.opportunities': 'Opportunités d’affaires',
  'nav.stakeholders': 'Acteurs du territoire',

  'financing.caption': 'Plan de financement par partenaire',
  'financing.column.partner': 'Partenaire',
  'financing.column.country': 'Pays',
  'financing.column.role': 'Rôle',
  'financing.column.eligibleTotal': 'Total éligible',
  'financing.column.erdf': 'FEDER',
  'financing.column.rate': 'Taux',
  'financing.column.contribution': 'Contrepartie',
  'financing.row.totalErdf': 'Total FEDER',
  'financing.row.outsideErdf': 'Hors FEDER',
  'financing.note.swissFunding':
    'Les partenaires suisses sont financés par des fonds fédéraux et cantonaux. Leurs montants en francs suisses ne sont pas comptés dans les totaux FEDER.',
  'financing.note.rounding':
    'Les montants FEDER sont tronqués au centime. Les totaux sont la somme des montants des partenaires.',

  'count.partners': '{count, plural, one {# partenaire} many {# de partenaires} other {# partenaires}}',
  'count.companies': '{count, plural, one {# entreprise} many {# d’entreprises} other {# entreprises}}',
  'count.establishments':
    '{count, plural, one {# établissement} many {# d’établissements} other {# établissements}}',
  'count.employees': '{count, plural, one {# salarié} many {# de salariés} other {# salariés}}',
  'count.municipalities': '{count, plural, one {# commune} many {# de communes} other {# communes}}',
  'count.results':
    '{count, plural, =0 {Aucun résultat} one {# résultat} many {# de résultats} other {# résultats}}',

  'error.badRequest': 'La requête est mal formée.',
  'error.validationFailed': 'Les données envoyées ne sont pas valides.',
  'error.invalidIdentifier': 'L’identifiant {identifier} n’est pas valide ({reason}).',
  'error.unauthorized': 'Authentification requise.',
  'error.forbidden': 'Vous n’avez pas les droits nécessaires pour cette opération.',
  'error.notFound': 'La ressource demandée est introuvable.',
  'error.conflict': 'Les données ont été modifiées entre-temps. Rechargez-les, puis recommencez.',
  'error.payloadTooLarge': 'Le contenu envoyé est trop volumineux.',
  'error.tooManyRequests':
    'Trop de requêtes. Réessayez dans {seconds, plural, one {# seconde} many {# de secondes} other {# secondes}}.',
  'error.internal': 'Une erreur interne est survenue. Réessayez plus tard.',
  'error.serviceUnavailable': 'Le service est momentanément indisponible. Réessayez plus tard.',
  'error.network': 'Impossible de joindre le serveur. Vérifiez votre connexion.',

  'validation.required': 'Ce champ est obligatoire.',
  'validation.invalidAmount': 'Le montant doit être un nombre décimal avec au plus deux décimales.',
  'validation.invalidDate': 'Date non valide. Format attendu\u00a0: AAAA-MM-JJ.',
  'validation.tooLong':
    '{max, plural, one {# caractère} many {# de caractères} other {# caractères}} au maximum.',

  'common.loading': 'Chargement…',
  'common.retry': 'Réessayer',
  'common.search': 'Rechercher',
  'common.filter': 'Filtrer',
  'common.all': 'Tous',
  'common.language': 'Langue',
  'common.changeLanguage': 'Changer de langue',
  'common.downloadCsv': 'Télécharger (CSV)',
  'common.noData': 'Aucune donnée disponible.',
  'common.source': 'Source\u00a0: {source}',
  'common.lastUpdated': 'Mis à jour le {date}',

  'pagination.range': '{from, number}–{to, number} sur {total, number}',
  'pagination.previous': 'Page précédente',
  'pagination.next': 'Page suivante',

  'field.name': 'Nom',
  'field.identifier': 'Identifiant',
  'field.filiere': 'Filière',
  'field.workPackage': 'Lot de travaux',
  'field.activity': 'Activité du projet',
  'field.municipality': 'Commune',
  'field.activityCode': 'Code d’activité (NACE)',
  'field.sizeBand': 'Tranche d’effectif salarié',
  'field.status': 'État administratif',
  'field.creationDate': 'Date de création',
  'field.role': 'Rôle',
  'financing.rule.fund':
    'le montant du fonds est le total éligible multiplié par le taux, tronqué au centime',
  'financing.rule.totals': 'les totaux sont les sommes des montants arrondis des partenaires',
  'financing.rule.outsideErdf':
    'les budgets en CHF des partenaires suisses ne font pas partie des totaux FEDER',
  'financing.rule.cofinancing':
    'fonds = {eligible} × {rate}, tronqué au centime ; contrepartie = total éligible − fonds',
  'field.city': 'Siège',
  'field.fundingSource': 'Source de financement',
  'field.currency': 'Devise',
  'field.weight': 'Appartenance',
  'field.rationale': 'Justification',
  'field.country': 'Pays',
  'field.scheme': 'Nomenclature',
  'field.naceClass': 'Classe NACE',
  'field.closingDate': 'Date de fermeture',
  'field.updatedAt': 'Dernière modification',

  'observatory.title': 'Observatoire économique des filières',
  'observatory.establishmentsByFiliere': 'Établissements par filière',
  'observatory.employeesByCountry': 'Effectifs salariés par pays',
  'observatory.dataAsOf': 'Données au {date}',
  'observatory.partialDisclosure':
    '{count, plural, one {# établissement en diffusion partielle n’est pas détaillé} many {# d’établissements en diffusion partielle ne sont pas détaillés} other {# établissements en diffusion partielle ne sont pas détaillés}}',
  'observatory.sources': 'Sources\u00a0: INSEE (SIRENE), ISTAT (ASIA), OFS (STATENT)',
  'map.title': 'Carte des établissements',

  'territory.column.country': 'Pays',
  'territory.column.code': 'Code officiel',
  'territory.column.name': 'Nom',
  'territory.column.kind': 'Type d’unité',
  'territory.column.partner': 'Partenaire',
  'territory.column.listYear': 'Année de la liste',
  'territory.column.populationYear': 'Année de la population',
  'territory.column.population': 'Population',
  'territory.column.formerCodes': 'Anciens codes',
  'observatory.import.column.row': 'Ligne',
  'observatory.import.column.column': 'Colonne',
  'observatory.import.column.reason': 'Motif',
  'observatory.import.column.message': 'Explication',
  'observatory.import.column.value': 'Valeur lue',
  'observatory.import.status.running': 'En cours',
  'observatory.import.status.succeeded': 'Terminé',
  'observatory.import.status.failed': 'Échoué, rien n’a été écrit',
  'observatory.import.status.abandoned': 'Interrompu, rien n’a été écrit',
} as const;
