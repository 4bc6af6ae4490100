/**
 * French texts of the reference dashboard (`apps/dashboard`), the source of their keys like the main catalog.
 * Kept in their own file so that the dashboard's screens can be reviewed together; `../fr.ts` spreads them in.
 */
export const dashboardFr = {
  'dashboard.skipToContent': 'Aller au contenu principal',
  'dashboard.nav.label': 'Navigation principale',
  'dashboard.nav.overview': 'Vue d’ensemble',
  'dashboard.nav.budget': 'Budget',
  'dashboard.nav.filieres': 'Filières',
  'dashboard.nav.admin': 'Administration',
  'dashboard.nav.menu': 'Menu',
  'dashboard.demo.banner':
    'Données de démonstration\u00a0: les établissements et les utilisateurs affichés sont fictifs.',
  'dashboard.footer.source':
    'Données publiques du projet Mont-Blanc INNOVATION (candidature du 11 janvier 2016).',
  'dashboard.footer.version': 'Version {version}',
  'dashboard.state.error': 'Les données n’ont pas pu être chargées.',
  'dashboard.state.notFound': 'Cette page n’existe pas.',
  'dashboard.state.backHome': 'Retour à la vue d’ensemble',
  'dashboard.problem.fields': 'Champs à corriger',
  'dashboard.problem.requestId': 'Identifiant de la requête\u00a0: {id}',
  'dashboard.chart.viewAsTable': 'Voir sous forme de tableau',
  'dashboard.chart.viewAsChart': 'Voir sous forme de graphique',
  'dashboard.role.viewer': 'Lecteur',
  'dashboard.role.editor': 'Éditeur',
  'dashboard.role.admin': 'Administrateur',

  'dashboard.auth.title': 'Connexion',
  'dashboard.auth.intro':
    'Les pages publiques ne demandent pas de connexion. Connectez-vous pour voir les établissements ou les modifier.',
  'dashboard.auth.email': 'Adresse e-mail',
  'dashboard.auth.password': 'Mot de passe',
  'dashboard.auth.signIn': 'Se connecter',
  'dashboard.auth.signOut': 'Se déconnecter',
  'dashboard.auth.signedInAs': '{name}, {role}',
  'dashboard.auth.required': 'Connectez-vous pour voir cette page.',
  'dashboard.auth.adminOnly': 'Cette page est réservée aux administrateurs.',

  'dashboard.overview.title': 'Vue d’ensemble du projet',
  'dashboard.overview.programme': 'Programme',
  'dashboard.overview.axis': 'Axe {number}\u00a0: {title}',
  'dashboard.overview.investmentPriority': 'Priorité d’investissement {code}\u00a0: {title}',
  'dashboard.overview.specificObjective': 'Objectif spécifique {code}\u00a0: {title}',
  'dashboard.overview.dates':
    'De {start} à {end} ({months, plural, one {# mois} many {# de mois} other {# mois}})',
  'dashboard.overview.filed': 'Candidature déposée le {date}',
  'dashboard.overview.objectives': 'Objectifs',
  'dashboard.overview.partners': 'Les partenaires',
  'dashboard.overview.mapTitle': 'Les territoires des partenaires dans l’Espace Mont-Blanc',
  'dashboard.overview.mapDescription':
    'Carte des communes de la Vallée de Chamonix et du Pays du Mont-Blanc (Haute-Savoie), de la Vallée d’Aoste et du Valais, colorées par partenaire.',
  'dashboard.overview.workPackages': 'Lots de travaux et activités',
  'dashboard.overview.indicators': 'Indicateurs',
  'dashboard.overview.indicator': 'Indicateur',
  'dashboard.overview.target': 'Cible',
  'dashboard.overview.achieved': 'Réalisé',
  'dashboard.overview.notReported': 'Non renseigné',
  'dashboard.overview.assumed': 'Valeur supposée',
  'dashboard.overview.assumedNote':
    'Les valeurs marquées «\u00a0supposée\u00a0» ne figurent pas dans la candidature.',

  'dashboard.budget.title': 'Budget du projet',
  'dashboard.budget.intro':
    'Plan de financement par partenaire\u00a0: total éligible, part du FEDER (85\u00a0%) et contrepartie du partenaire.',
  'dashboard.budget.chartTitle': 'Total éligible et FEDER par partenaire (EUR)',
  'dashboard.budget.swissTitle': 'Partenaire suisse, hors FEDER',
  'dashboard.budget.rateLabel': 'Taux de change (CHF pour 1 EUR)',
  'dashboard.budget.rateHint': 'Taux mensuel InforEuro, par exemple 1.0786 (juin 2017).',
  'dashboard.budget.rateInvalid': 'Saisissez un nombre positif avec un point décimal, par exemple 1.0786.',
  'dashboard.budget.eurEquivalent': 'Équivalent en euros',
  'dashboard.budget.eurEquivalentAt': 'Équivalent de {amount} au taux de {rate} CHF pour 1 EUR\u00a0: {eur}',

  'dashboard.filieres.title': 'Explorateur des filières',
  'dashboard.filieres.intro':
    'Cherchez un code NAF, ATECO, NOGA ou NACE ou un intitulé pour voir sa classe NACE et ses filières.',
  'dashboard.filieres.searchLabel': 'Code ou intitulé d’activité',
  'dashboard.filieres.searchHint': 'Par exemple 43.31Z, 47.64 ou «\u00a0plâtrerie\u00a0».',
  'dashboard.filieres.result': 'Résultat pour {code}',
  'dashboard.filieres.noFiliere': 'Ce code n’appartient à aucune filière.',
  'dashboard.filieres.core': 'Cœur de filière',
  'dashboard.filieres.partial': 'En partie',
  'dashboard.filieres.browse': 'Codes de chaque filière',
  'dashboard.filieres.codesOf': 'Codes de la filière {filiere}',
  'dashboard.filieres.correspondence': 'Correspondance 2008 ↔ 2025',
  'dashboard.filieres.revision': 'Révision',
  'dashboard.filieres.matches': 'Intitulés correspondants',

  'dashboard.observatory.intro':
    'Les établissements et les effectifs des filières par territoire, sur une même échelle pour les trois pays. Par défaut, des taux (pour 1\u00a0000 habitants, part de l’économie locale)\u00a0; les nombres bruts restent disponibles.',
  'dashboard.observatory.filters': 'Choix de l’indicateur',
  'dashboard.observatory.rates': 'Taux',
  'dashboard.observatory.counts': 'Nombres bruts',
  'dashboard.observatory.changes': 'Évolutions',
  'dashboard.observatory.year': 'Année\u00a0: {year}',
  'dashboard.observatory.mapTitle': '{measure} — {filiere}, {year}',
  'dashboard.observatory.mapDescription':
    'Carte des territoires de l’Espace Mont-Blanc coloriés par classe de valeur. Chaque territoire est un élément focalisable\u00a0: les flèches passent au territoire voisin, Début et Fin au premier et au dernier. Le classement à côté donne les mêmes chiffres.',
  'dashboard.observatory.unitLabel': '{name}, {filiere}, {year}\u00a0: {value}',
  'dashboard.observatory.confidential': 'confidentiel',
  'dashboard.observatory.noData': 'pas de données',
  'dashboard.observatory.amount.establishments':
    '{count, plural, one {# établissement} many {# d’établissements} other {# établissements}}',
  'dashboard.observatory.amount.employees':
    '{count, plural, one {# salarié} many {# de salariés} other {# salariés}}',
  'dashboard.observatory.amount.creations':
    '{count, plural, one {# création} many {# de créations} other {# créations}}',
  'dashboard.observatory.amount.closures':
    '{count, plural, one {# fermeture} many {# de fermetures} other {# fermetures}}',
  'dashboard.observatory.amount.establishments-per-1000': '{value} établissements pour 1\u00a0000 habitants',
  'dashboard.observatory.amount.employees-per-1000': '{value} salariés pour 1\u00a0000 habitants',
  'dashboard.observatory.amount.establishments-share': '{value} des établissements de l’économie locale',
  'dashboard.observatory.amount.employees-share': '{value} des effectifs de l’économie locale',
  'dashboard.observatory.amount.establishments-change': '{value} établissements sur un an',
  'dashboard.observatory.amount.employees-change': '{value} salariés sur un an',
  'dashboard.observatory.legend': 'Légende (nombre de territoires par classe)',
  'dashboard.observatory.classBelow': 'moins de {to}',
  'dashboard.observatory.classRange': 'de {from} à moins de {to}',
  'dashboard.observatory.classAbove': '{from} et plus',
  'dashboard.observatory.classAll': 'toutes les valeurs ({from})',
  'dashboard.observatory.classZero': 'zéro',
  'dashboard.observatory.classSuppressed': 'confidentiel (secret statistique, hachuré)',
  'dashboard.observatory.classNoData': 'pas de données',
  'dashboard.observatory.classCount':
    '{label}\u00a0: {count, plural, one {# territoire} many {# de territoires} other {# territoires}}',
  'dashboard.observatory.breaksNote': 'Les seuils des classes restent les mêmes d’une année à l’autre.',
  'dashboard.observatory.classValue': 'avec une valeur (cercle proportionnel)',
  'dashboard.observatory.symbolsNote':
    'Nombres bruts\u00a0: l’aire de chaque cercle est proportionnelle à la valeur, à la même échelle pour toutes les années.',
  'dashboard.observatory.breaksLabel': 'Seuils des classes (de 1 à 4)',
  'dashboard.observatory.breaksHint':
    'Par exemple 5\u00a0; 10\u00a0; 20\u00a0; 50. Laissez vide pour les seuils calculés sur toutes les années.',
  'dashboard.observatory.breaksInvalid':
    'Saisissez de 1 à 4 nombres, séparés par des points-virgules ou des espaces.',
  'dashboard.observatory.breaksApply': 'Appliquer les seuils',
  'dashboard.observatory.ranking': 'Classement — {measure}, {year}',
  'dashboard.observatory.rank': 'Rang',
  'dashboard.observatory.sortBy': 'Trier par\u00a0: {column}',
  'dashboard.observatory.source':
    'Source\u00a0: INSEE (SIRENE), ISTAT (ASIA), OFS (STATENT), calculs Mont-Blanc INNOVATION, carte des filières {version}. Limites des territoires\u00a0: IGN, ISTAT, swisstopo.',
  'dashboard.observatory.downloadSvg': 'Télécharger la carte (SVG)',
  'dashboard.observatory.downloadPng': 'Télécharger la carte (PNG)',
  'dashboard.observatory.pngFailed':
    'Ce navigateur n’a pas pu dessiner l’image PNG\u00a0; téléchargez la carte en SVG.',
  'dashboard.observatory.downloaded': 'Téléchargé le {date}.',
  'dashboard.observatory.empty': 'Aucune donnée pour ce choix.',
  'dashboard.observatory.amount.establishments-lq':
    'quotient de localisation des établissements {value} (Espace Mont-Blanc = 1)',
  'dashboard.observatory.amount.employees-lq':
    'quotient de localisation des effectifs {value} (Espace Mont-Blanc = 1)',
  'dashboard.observatory.embedHeading': '{measure} — {filiere}',
  'dashboard.observatory.embedNoSelection':
    'Aucun territoire sélectionné\u00a0: choisissez-en sur la page de l’observatoire pour tracer leur série temporelle.',
  'dashboard.observatory.embedOpen': 'Ouvrir l’observatoire économique (nouvelle fenêtre)',
  'dashboard.observatory.embed': 'Intégrer',
  'dashboard.observatory.embedIntro':
    'Placez cette vue sur un autre site\u00a0: copiez le HTML ci-dessous dans sa page. Elle montre la filière, la mesure, l’année et la sélection actuelles, avec la légende, la source et la note de confidentialité.',
  'dashboard.observatory.embedView': 'Ce qui est montré',
  'dashboard.observatory.embedView.map': 'La carte',
  'dashboard.observatory.embedView.chart': 'La série temporelle des territoires sélectionnés',
  'dashboard.observatory.embedChartNeedsSelection':
    'Sélectionnez des territoires pour intégrer leur série temporelle.',
  'dashboard.observatory.embedOptions': 'Options',
  'dashboard.observatory.embedFilters': 'Afficher les filtres',
  'dashboard.observatory.embedBorder': 'Afficher une bordure',
  'dashboard.observatory.embedCode': 'HTML à copier',
  'dashboard.observatory.embedCopy': 'Copier le HTML',
  'dashboard.observatory.embedPreview': 'Aperçu de la vue intégrée (nouvelle fenêtre)',
  'dashboard.observatory.embedCopied': 'Le HTML est copié.',
  'dashboard.observatory.embedCopyFailed':
    'Ce navigateur n’a pas copié le HTML\u00a0: sélectionnez-le dans le champ ci-dessus et copiez-le.',
  'dashboard.observatory.compareHeading': 'Deux territoires côte à côte',
  'dashboard.observatory.compareCaption': '{first} et {second} — {filiere}, {year}, toutes les mesures',
  'dashboard.observatory.compareHint':
    'Sélectionnez exactement deux territoires pour les comparer côte à côte.',
  'dashboard.observatory.mapSelectHint':
    'Cliquer sur un territoire, ou appuyer sur Entrée sur lui, l’ajoute à la série temporelle ou l’en retire.',
  'dashboard.observatory.selectedLabel': '{label} (sélectionné)',
  'dashboard.observatory.select': 'Sélection',
  'dashboard.observatory.selectTerritory': 'Sélectionner {name} pour la série temporelle',
  'dashboard.observatory.selectHint':
    'Sélectionnez des territoires sur la carte ou dans le classement pour voir leur série temporelle.',
  'dashboard.observatory.selected':
    '{count, plural, one {# territoire sélectionné} many {# de territoires sélectionnés} other {# territoires sélectionnés}}\u00a0: {names}',
  'dashboard.observatory.clearSelection': 'Vider la sélection',
  'dashboard.observatory.seriesHeading': 'Série temporelle des territoires sélectionnés',
  'dashboard.observatory.seriesTitle': '{measure} — {filiere}, toutes les années',

  'dashboard.establishments.title': 'Annuaire des établissements',
  'dashboard.establishments.searchLabel': 'Nom ou identifiant',
  'dashboard.establishments.filters': 'Filtres',
  'dashboard.establishments.territory': 'Code de la commune',
  'dashboard.establishments.apply': 'Appliquer',
  'dashboard.establishments.reset': 'Effacer les filtres',
  'dashboard.establishments.create': 'Nouvel établissement',
  'dashboard.establishments.edit': 'Modifier',
  'dashboard.establishments.editTitle': 'Modifier {name}',
  'dashboard.establishments.createTitle': 'Nouvel établissement',
  'dashboard.establishments.save': 'Enregistrer',
  'dashboard.establishments.saved': 'Établissement enregistré.',
  'dashboard.establishments.cancel': 'Annuler',
  'dashboard.establishments.partner': 'Partenaire',
  'dashboard.establishments.readOnly':
    'Vous pouvez consulter cet établissement, mais pas le modifier\u00a0: il appartient à {owner}.',
  'dashboard.establishments.identifierHint':
    '{country, select, FR {SIRET, 14 chiffres} IT {Partita IVA (11 chiffres) ou codice fiscale} other {IDE, par exemple CHE-123.456.789}}',
  'dashboard.establishments.identifierValid': 'Identifiant valide ({scheme}).',
  'dashboard.establishments.conflictTitle': 'Quelqu’un a modifié cet établissement entre-temps',
  'dashboard.establishments.conflictIntro':
    'Votre modification n’a pas été enregistrée. Voici la version actuelle (version {version})\u00a0; vos valeurs sont toujours dans le formulaire.',
  'dashboard.establishments.field': 'Champ',
  'dashboard.establishments.conflictYours': 'Vos valeurs',
  'dashboard.establishments.conflictTheirs': 'Version enregistrée',
  'dashboard.establishments.conflictRetry': 'Appliquer mes valeurs à la version actuelle',
  'dashboard.establishments.page': 'Page {page} sur {pages}',
  'dashboard.establishments.openedOn': 'Ouvert le',

  'dashboard.admin.title': 'Administration',
  'dashboard.admin.users': 'Utilisateurs',
  'dashboard.admin.keys': 'Clés d’API',
  'dashboard.admin.createUser': 'Créer un utilisateur',
  'dashboard.admin.createKey': 'Créer une clé',
  'dashboard.admin.label': 'Libellé',
  'dashboard.admin.prefix': 'Préfixe',
  'dashboard.admin.createdAt': 'Créée le',
  'dashboard.admin.lastUsedAt': 'Dernière utilisation',
  'dashboard.admin.revokedAt': 'Révoquée le',
  'dashboard.admin.revoke': 'Révoquer',
  'dashboard.admin.revokeConfirm':
    'Révoquer la clé {prefix}\u00a0? Les systèmes qui l’utilisent seront refusés.',
  'dashboard.admin.active': 'Active',
  'dashboard.admin.never': 'Jamais',
  'dashboard.admin.noPartner': 'Aucun partenaire',
  'dashboard.admin.keyOnce': 'Copiez cette clé maintenant\u00a0: elle ne sera plus jamais affichée.',
  'dashboard.admin.passwordOnce':
    'Mot de passe à usage unique\u00a0: transmettez-le à la personne, il ne sera plus jamais affiché.',
  'dashboard.admin.dismiss': 'J’ai copié la valeur',
  'dashboard.admin.disable': 'Désactiver',
  'dashboard.admin.enable': 'Réactiver',
  'dashboard.admin.disabled': 'Désactivé',
  'dashboard.admin.changePassword': 'Changer mon mot de passe',
  'dashboard.admin.currentPassword': 'Mot de passe actuel',
  'dashboard.admin.newPassword': 'Nouveau mot de passe (12 caractères au moins)',
  'dashboard.admin.passwordChanged': 'Mot de passe changé.',
  'dashboard.admin.passwordTooShort': 'Le mot de passe doit compter 12 caractères au moins.',
  'dashboard.admin.invalidEmail': 'Adresse e-mail non valide.',
} as const;

/** The dashboard's texts in another language: every French key, no other. */
export type DashboardCatalog = { readonly [K in keyof typeof dashboardFr]: string };
