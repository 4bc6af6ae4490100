import { dashboardFr } from './dashboard/fr';
/**
 * French catalog: the source language. Its keys define {@link MessageKey} and its ICU arguments define the
 * values `t()` requires, so every other catalog is checked against this one.
 *
 * Typography: the apostrophe is ’ (U+2019), never `'`, which ICU MessageFormat reads as a quote; a
 * no-break space (U+00A0) precedes `:` as French typography requires.
 */
export const fr = {
  ...dashboardFr,
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

  'problem.detail.routeNotFound': 'Aucune route ne correspond à {method} {path}.',
  'problem.detail.malformedJson': 'Le corps de la requête n’est pas du JSON valide.',
  'problem.detail.notUtf8': 'Le corps de la requête n’est pas du texte encodé en UTF-8.',
  'problem.detail.mediaType': 'Envoyez le corps de la requête en application/json, encodé en UTF-8.',
  'problem.detail.payloadTooLarge':
    'Le corps d’une requête est limité à {limit, plural, one {# octet} many {# d’octets} other {# octets}}.',
  'problem.detail.pathEncoding':
    'Le chemin contient une séquence %XX mal formée ou qui n’est pas de l’UTF-8.',
  'problem.detail.controlCharacter':
    'Le texte envoyé dans {field} contient un caractère de contrôle (U+0000–U+001F, U+007F–U+009F).',
  'problem.detail.loneSurrogate':
    'Le texte envoyé dans {field} n’est pas de l’Unicode valide (un substitut UTF-16 isolé a été envoyé).',
  'problem.detail.validationFailed':
    '{count, plural, one {Le champ {fields} n’est pas valide.} many {Les champs {fields} ne sont pas valides.} other {Les champs {fields} ne sont pas valides.}}',
  'problem.detail.notAcceptable': 'Cette ressource est disponible en application/json ou en text/csv.',
  'problem.detail.credentialsRequired':
    'Envoyez une clé d’API dans l’en-tête Authorization (Bearer mbi_…) ou connectez-vous.',
  'problem.detail.invalidApiKey': 'La clé d’API est inconnue, révoquée ou mal formée.',
  'problem.detail.wrongPassword': 'Adresse e-mail ou mot de passe incorrect.',
  'problem.detail.noSession': 'Seul un utilisateur connecté a une session à fermer.',
  'problem.detail.roleRequired':
    'Cette opération nécessite le rôle {required}\u00a0; l’appelant a le rôle {role}.',
  'problem.detail.partnerRequired':
    'Une clé ou un utilisateur ayant le rôle {role} doit être rattaché à un partenaire.',
  'problem.detail.otherPartner':
    'Avec le rôle editor, {partner} ne peut modifier que ses propres données, pas celles de {owner}.',
  'problem.detail.noPartnerData':
    'Avec le rôle editor, {partner} ne peut modifier que ses propres données, pas des données sans partenaire.',
  'problem.detail.csrfFailed': 'Envoyez le jeton CSRF de la session dans l’en-tête X-CSRF-Token.',
  'problem.detail.rateLimited':
    'La limite de {limit, plural, one {# requête} many {# de requêtes} other {# requêtes}} par minute est atteinte.',
  'problem.detail.authFailuresLimited':
    'La limite de {limit, plural, one {# échec d’authentification} many {# d’échecs d’authentification} other {# échecs d’authentification}} par minute est atteinte.',
  'problem.detail.establishmentNotFound': 'Aucun établissement n’a l’identifiant {id}.',
  'problem.detail.partnerNotFound': 'Aucun partenaire n’a l’identifiant {id}. Partenaires\u00a0: {partners}.',
  'problem.detail.importNotFound': 'Aucun import n’a l’identifiant {id}.',
  'problem.detail.importRunning':
    'L’import est encore en cours\u00a0: son rapport des rejets sera prêt à la fin.',
  'problem.detail.apiKeyNotFound': 'Aucune clé d’API n’a l’identifiant ou le préfixe {id}.',
  'problem.detail.preconditionRequired':
    'Envoyez l’en-tête If-Match avec l’ETag de l’établissement (lisez-le d’abord) pour qu’aucune modification ne soit perdue.',
  'problem.detail.preconditionFailed':
    'L’établissement en est à la version {current}, et non {expected}\u00a0: relisez-le.',
  'problem.detail.duplicateIdentifier':
    'Un établissement ayant l’identifiant {identifier} existe déjà dans ce pays ({country}).',
  'problem.detail.duplicateEmail': 'Un utilisateur ayant cette adresse e-mail existe déjà.',
  'problem.detail.databaseUnavailable': 'La base de données ne répond pas.',
  'problem.detail.internal':
    'Une erreur interne est survenue. Si vous la signalez, indiquez l’identifiant de la requête (requestId).',
  'problem.detail.httpError': 'La requête a été refusée (HTTP {status}).',
  'problem.detail.headersTooLarge': 'Les en-têtes de la requête sont trop volumineux.',
  'problem.detail.requestTimeout': 'La requête a mis trop de temps à arriver.',
  'problem.detail.invalidHttp': 'La requête n’est pas du HTTP/1.1 valide.',
  'problem.detail.dashboardPath':
    'Ce chemin ne désigne pas un fichier du tableau de bord (segments «\u00a0..\u00a0», caractères de contrôle ou barres obliques inverses refusés).',
  'problem.detail.userNotFound': 'Aucun utilisateur n’a l’identifiant {id}.',
  'problem.detail.otherPartnerUsers':
    'Un administrateur de {partner} ne gère que les utilisateurs de {partner}.',
  'problem.detail.ownAccount':
    'Vous ne pouvez ni vous désactiver ni changer votre propre rôle\u00a0: demandez-le à un autre administrateur.',
  'problem.detail.passwordNeedsUser':
    'Seul un utilisateur connecté a un mot de passe à changer\u00a0; une clé d’API n’en a pas.',
  'problem.detail.wrongCurrentPassword': 'Le mot de passe actuel est erroné.',
  'problem.detail.nomenclatureNotFound': 'La nomenclature {system} n’a pas de code {code}.',
  'problem.field.samePassword': 'Le nouveau mot de passe doit différer de l’actuel.',
  'problem.field.invalid': 'Valeur non valide.',
  'problem.field.controlCharacter': 'Contient un caractère de contrôle (U+0000–U+001F, U+007F–U+009F).',
  'problem.field.loneSurrogate': 'N’est pas de l’Unicode valide (substitut UTF-16 isolé).',
  'problem.field.identifierScheme':
    '{country, select, FR {En France, un établissement est identifié par son SIRET (14 chiffres)} IT {En Italie, un établissement est identifié par sa partita IVA ou son codice fiscale} other {En Suisse, un établissement est identifié par son IDE (CHE-123.456.789)}}. Identifiant envoyé\u00a0: {scheme}.',
  'problem.field.activitySchemeCountry':
    'La nomenclature {scheme} ne s’applique pas {country, select, FR {en France} IT {en Italie} other {en Suisse}}\u00a0: utilisez la nomenclature nationale ou la NACE.',
  'problem.field.territoryCode':
    'Le code de la commune doit être {country, select, FR {un code INSEE de 5 caractères, par exemple 74056} IT {un code ISTAT de 6 chiffres, par exemple 007003} other {un numéro OFS de 1 à 4 chiffres, par exemple 6266}}.',
  'problem.field.closedBeforeOpened':
    'La date de fermeture ({closedOn}) ne peut pas précéder la date de création ({openedOn}).',
  'problem.field.closedWhileActive':
    'Une date de fermeture n’est admise que pour un établissement fermé (status closed).',
  'problem.field.emptyPatch': 'Une modification doit changer au moins un champ.',
  'problem.field.activityCodeMalformed': 'Le code {code} n’a pas la forme d’un code d’activité.',
  'problem.field.activityCodeUnknown': 'Le code {code} n’existe pas dans la nomenclature.',
  'problem.field.activityCodeSchemeMismatch':
    'Le code {code} n’a pas la forme d’un code de la nomenclature {scheme}.',
  'problem.field.activityCodeNotClass':
    'Le code {code} désigne une section, une division ou un groupe\u00a0: les filières sont attribuées aux classes (4 chiffres) et à leurs sous-classes.',
  'problem.field.naceFilter':
    'Le filtre nace doit être une classe, un groupe ou une division NACE, par exemple 43.31, 43.3 ou 43.',
  'problem.field.limitRange': 'Le paramètre limit doit être un nombre entier de {min} à {max}.',
  'problem.field.offsetRange': 'Le paramètre offset doit être un nombre entier positif ou nul.',
  'problem.field.invalidCursor': 'Ce curseur n’a pas été renvoyé par cette liste.',
  'problem.field.amountNotANumber':
    'Le montant doit être un nombre décimal écrit en chaîne de caractères, avec un point, par exemple "1234.56".',
  'problem.field.amountTooManyDecimals':
    'Un montant en {currency} a au plus {max, plural, one {# décimale} many {# de décimales} other {# décimales}}.',
  'problem.field.rateNotANumber':
    'Le taux doit être un nombre décimal entre 0 et 1 écrit en chaîne de caractères, par exemple "0.85".',
  'problem.field.rateTooManyDecimals':
    'Un taux a au plus {max, plural, one {# décimale} many {# de décimales} other {# décimales}}.',
  'problem.field.rateOutOfRange':
    'Le taux doit être compris entre 0 et 1 (écrivez 85\u00a0% sous la forme "0.85").',

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
  'dashboard.notBuilt.title': 'Le tableau de bord n’est pas encore construit',
  'dashboard.notBuilt.explanation':
    'L’API fonctionne, mais les fichiers du tableau de bord sont absents. Depuis le dépôt, la commande de démarrage construit l’API et le tableau de bord, puis les sert\u00a0:',
  'dashboard.notBuilt.alone': 'Ou construisez le tableau de bord seul, puis rechargez cette page\u00a0:',
  'dashboard.notBuilt.api': 'La référence de l’API\u00a0:',
  'nomenclature.note.partial':
    'Partielle\u00a0: ce code mêle la filière à d’autres marchés\u00a0; ses effectifs ne comptent pour la filière qu’avec une part ou un second critère.',
  'nomenclature.note.national': 'Par la sous-classe nationale {entry}.',
  'nomenclature.note.refined': 'Les sous-classes nationales précisent la part de la filière\u00a0: {codes}.',
  'observatory.indicator.column.year': 'Année',
  'observatory.indicator.column.level': 'Niveau',
  'observatory.indicator.column.country': 'Pays',
  'observatory.indicator.column.territory': 'Code du territoire',
  'observatory.indicator.column.name': 'Territoire',
  'observatory.indicator.column.filiere': 'Filière',
  'observatory.indicator.column.naceClass': 'Classe NACE',
  'observatory.indicator.column.naceLabel': 'Libellé de la classe',
  'observatory.indicator.column.measure': 'Mesure',
  'observatory.indicator.column.value': 'Valeur',
  'observatory.indicator.column.low': 'Borne basse',
  'observatory.indicator.column.high': 'Borne haute',
  'observatory.indicator.column.status': 'Statut',
  'observatory.indicator.column.weight': 'Poids dans la filière',
  'observatory.indicator.column.source': 'Source',
  'observatory.indicator.column.employeesBasis': 'Base des effectifs',
  'observatory.indicator.level.unit': 'Commune',
  'observatory.indicator.level.partner': 'Territoire partenaire',
  'observatory.indicator.level.country': 'Pays',
  'observatory.indicator.measure.establishments': 'Établissements',
  'observatory.indicator.measure.employees': 'Effectifs salariés (estimation centrale)',
  'observatory.indicator.measure.creations': 'Créations d’établissements',
  'observatory.indicator.measure.closures': 'Fermetures d’établissements',
  'observatory.indicator.measure.establishments-share': 'Part des établissements de l’économie locale (%)',
  'observatory.indicator.measure.employees-share': 'Part des effectifs de l’économie locale (%)',
  'observatory.indicator.measure.establishments-per-1000': 'Établissements pour 1\u00a0000 habitants',
  'observatory.indicator.measure.employees-per-1000': 'Effectifs pour 1\u00a0000 habitants',
  'observatory.indicator.measure.establishments-change': 'Évolution des établissements sur un an',
  'observatory.indicator.measure.employees-change': 'Évolution des effectifs sur un an',
  'observatory.indicator.measure.establishments-lq':
    'Quotient de localisation des établissements (Espace Mont-Blanc = 1)',
  'observatory.indicator.measure.employees-lq':
    'Quotient de localisation des effectifs (Espace Mont-Blanc = 1)',
  'observatory.indicator.status.value': 'Valeur diffusée',
  'observatory.indicator.status.suppressed-frequency': 'Secret statistique (moins de 3 établissements)',
  'observatory.indicator.status.suppressed-dominance':
    'Secret statistique (un établissement dépasse 85\u00a0% des effectifs)',
  'observatory.indicator.status.suppressed-secondary': 'Secret statistique (secret secondaire)',
  'observatory.indicator.status.suppressed-at-source': 'Secret appliqué par la source',
  'observatory.indicator.status.no-data': 'Pas de données',
  'observatory.indicator.weight.core': 'Cœur de filière',
  'observatory.indicator.weight.partial': 'Classe partiellement dans la filière, comptée en entier',
  'observatory.indicator.weight.mixed': 'Total comprenant des classes partiellement dans la filière',
  'observatory.indicator.note.confidentiality':
    'Secret statistique selon la règle de l’INSEE\u00a0: une case de moins de 3 établissements, ou dont un établissement réunit plus de 85\u00a0% des effectifs, n’est pas diffusée\u00a0; d’autres cases sont masquées (secret secondaire) pour qu’aucune ne puisse être retrouvée par différence dans les totaux, et le motif de masquage reste stable d’une année à l’autre.',
  'observatory.indicator.note.employees':
    'Effectifs des sources par établissement (SIRENE) estimés à partir des tranches d’effectifs salariés de l’INSEE\u00a0: fourchette des bornes des tranches et estimation centrale au milieu de chaque tranche (borne basse pour 10\u00a0000 salariés et plus). Sources de comptages\u00a0: effectifs publiés (ISTAT ASIA\u00a0: addetti\u00a0; OFS STATENT\u00a0: emplois).',
  'observatory.indicator.note.partial':
    'Les classes NACE que la carte des filières ne rattache que partiellement à une filière sont comptées en entier et signalées (poids «\u00a0partial\u00a0», total «\u00a0mixed\u00a0»).',
} as const;
