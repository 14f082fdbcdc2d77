<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Appearance</name>
    <message>
        <source>A&amp;ppearance</source>
        <translation>A&amp;pparence</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
</context>
<context>
    <name>ContainmentAction</name>
    <message>
        <source>&apos;%1&apos; needs a group name or id after the colon</source>
        <translation>&apos;%1&apos; doit être suivi, après les deux-points, d&apos;un nom ou d&apos;un identifiant de groupe</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (known: clear-sessions, suspend, unsuspend, add-group:NAME_OR_ID, remove-group:NAME_OR_ID, risk:LEVEL, universal-logout, revoke-factors-since[:TIME], reset-factors, expire-password)</source>
        <translation>action inconnue « %1 » (connues : clear-sessions, suspend, unsuspend, add-group:NOM_OU_ID, remove-group:NOM_OU_ID, risk:NIVEAU, universal-logout, revoke-factors-since[:HEURE], reset-factors, expire-password)</translation>
    </message>
</context>
<context>
    <name>IncidentLink</name>
    <message>
        <source>The link is longer than %1 characters.</source>
        <translation>Le lien dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The link is not a valid URL.</source>
        <translation>Le lien n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>Only cordon:// links are opened.</source>
        <translation>Seuls les liens cordon:// sont ouverts.</translation>
    </message>
    <message>
        <source>Only links to an incident (cordon://incident/…) are opened.</source>
        <translation>Seuls les liens vers un incident (cordon://incident/…) sont ouverts.</translation>
    </message>
    <message>
        <source>The link has a user, port, query or fragment; an incident link has none.</source>
        <translation>Le lien contient un utilisateur, un port, une requête ou un fragment ; un lien d&apos;incident n&apos;en a aucun.</translation>
    </message>
    <message>
        <source>An incident link names exactly one incident.</source>
        <translation>Un lien d&apos;incident désigne exactement un incident.</translation>
    </message>
    <message>
        <source>The link names no incident.</source>
        <translation>Le lien ne désigne aucun incident.</translation>
    </message>
    <message>
        <source>The incident id is longer than %1 characters.</source>
        <translation>L&apos;identifiant d&apos;incident dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The incident id holds characters that cannot be shown.</source>
        <translation>L&apos;identifiant d&apos;incident contient des caractères impossibles à afficher.</translation>
    </message>
</context>
<context>
    <name>PlaybookDialog</name>
    <message>
        <source>Red Canary</source>
        <translation>Red Canary</translation>
    </message>
    <message>
        <source>OCSF</source>
        <translation>OCSF</translation>
    </message>
    <message>
        <source>CrowdStrike</source>
        <translation>CrowdStrike</translation>
    </message>
    <message>
        <source>Microsoft Defender for Endpoint</source>
        <translation>Microsoft Defender for Endpoint</translation>
    </message>
    <message>
        <source>SentinelOne</source>
        <translation>SentinelOne</translation>
    </message>
    <message>
        <source>Elastic</source>
        <translation>Elastic</translation>
    </message>
    <message>
        <source>Generic (console.incident/v1)</source>
        <translation>Générique (console.incident/v1)</translation>
    </message>
</context>
<context>
    <name>PlaybookNotification</name>
    <message>
        <source>Approval needed: %1 for %2</source>
        <translation>Approbation requise : %1 pour %2</translation>
    </message>
    <message>
        <source>%1 ran for %2</source>
        <translation>%1 exécuté pour %2</translation>
    </message>
    <message>
        <source>%1 ran with failures for %2</source>
        <translation>%1 exécuté avec des échecs pour %2</translation>
    </message>
</context>
<context>
    <name>ProtectedAccount</name>
    <message>
        <source>%1 (unresolved: compared by login, email, short login and AD username)</source>
        <translation>%1 (non résolu : comparé à l&apos;identifiant, l&apos;e-mail, l&apos;identifiant court et le nom d&apos;utilisateur AD)</translation>
    </message>
</context>
<context>
    <name>cordon::core</name>
    <message>
        <source>%1 is the account the API token acts as; Cordon never acts on its own account</source>
        <translation>%1 est le compte au nom duquel agit le jeton d&apos;API ; Cordon n&apos;agit jamais sur son propre compte</translation>
    </message>
    <message>
        <source>%1 is a protected account (settings: protected accounts)</source>
        <translation>%1 est un compte protégé (paramètres : comptes protégés)</translation>
    </message>
    <message>
        <source>%1 is a member of the protected group &apos;%2&apos;</source>
        <translation>%1 est membre du groupe protégé &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 is already DEPROVISIONED at Okta: there is nothing left to contain</source>
        <translation>%1 est déjà DEPROVISIONED chez Okta : il n&apos;y a plus rien à confiner</translation>
    </message>
    <message>
        <source>%1 holds admin roles (%2): acting on an administrator needs a second, explicit confirmation</source>
        <translation>%1 détient des rôles d&apos;administrateur (%2) : agir sur un administrateur demande une seconde confirmation explicite</translation>
    </message>
    <message>
        <source>No secret is stored in the %1 for %2.</source>
        <translation>Aucun secret n&apos;est enregistré dans le %1 pour %2.</translation>
    </message>
    <message>
        <source>The %1 is not available, so Cordon cannot read or store secrets. Cordon never keeps them in plain text instead: start or unlock it (on Linux, GNOME Keyring, KWallet or another Secret Service in the desktop session) and try again.</source>
        <translation>Le %1 n&apos;est pas disponible : Cordon ne peut ni lire ni enregistrer de secrets. Cordon ne les conserve jamais en clair à la place : démarrez-le ou déverrouillez-le (sous Linux, GNOME Keyring, KWallet ou un autre Secret Service de la session) et réessayez.</translation>
    </message>
    <message>
        <source>The %1 refused access to %2. Unlock it, or allow Cordon when it asks, and try again.</source>
        <translation>Le %1 a refusé l&apos;accès à %2. Déverrouillez-le, ou autorisez Cordon lorsqu&apos;il le demande, puis réessayez.</translation>
    </message>
    <message>
        <source>The %1 could not complete the request for %2.</source>
        <translation>Le %1 n&apos;a pas pu traiter la demande pour %2.</translation>
    </message>
    <message>
        <source>(It said: %1)</source>
        <translation>(Message : %1)</translation>
    </message>
    <message>
        <source>Database statement failed: %1</source>
        <translation>Échec de l&apos;instruction de base de données : %1</translation>
    </message>
    <message>
        <source>not all of %1&apos;s groups could be read at Okta (%2 read, more listed), so Cordon cannot tell whether a protected group holds the user</source>
        <translation>les groupes de %1 n&apos;ont pas tous pu être lus chez Okta (%2 lus, d&apos;autres annoncés) : Cordon ne peut pas savoir si un groupe protégé contient l&apos;utilisateur</translation>
    </message>
    <message>
        <source>%1 is in use by another program (an earlier Cordon still running?); it is taken over at a later start</source>
        <translation>%1 est utilisé par un autre programme (un Cordon antérieur encore lancé ?) ; il sera repris à un démarrage ultérieur</translation>
    </message>
    <message>
        <source>cannot move %1 to %2</source>
        <translation>impossible de déplacer %1 vers %2</translation>
    </message>
    <message>
        <source>cannot write the audit log of %1</source>
        <translation>impossible d&apos;écrire le journal d&apos;audit de %1</translation>
    </message>
    <message>
        <source>the database of an earlier version, %1, was moved whole to become the database of the console and cordonctl; its audit log goes on here</source>
        <translation>la base de données d&apos;une version antérieure, %1, a été déplacée entière pour devenir celle de la console et de cordonctl ; son journal d&apos;audit continue ici</translation>
    </message>
    <message>
        <source>taken over from %1</source>
        <translation>repris de %1</translation>
    </message>
    <message>
        <source>cannot copy the unfinished journal entries of %1</source>
        <translation>impossible de copier les entrées inachevées du journal de %1</translation>
    </message>
    <message>
        <source>its audit log verifies: %1 entries, head entry %2 with hash %3</source>
        <translation>son journal d&apos;audit est intact : %1 entrées, dernière entrée %2 de hachage %3</translation>
    </message>
    <message>
        <source>its audit log is BROKEN at entry %1 (%2), head entry %3</source>
        <translation>son journal d&apos;audit est ROMPU à l&apos;entrée %1 (%2), dernière entrée %3</translation>
    </message>
    <message numerus="yes">
        <source>the database of an earlier version, %1, is kept whole and read-only at %2: %3; %n unfinished journal entries were taken over into this journal</source>
        <translation>
            <numerusform>la base de données d&apos;une version antérieure, %1, est conservée entière et en lecture seule dans %2 : %3 ; %n entrée inachevée du journal a été reprise dans ce journal</numerusform>
            <numerusform>la base de données d&apos;une version antérieure, %1, est conservée entière et en lecture seule dans %2 : %3 ; %n entrées inachevées du journal ont été reprises dans ce journal</numerusform>
        </translation>
    </message>
    <message>
        <source>The token is longer than %1 bytes.</source>
        <translation>Le jeton dépasse %1 octets.</translation>
    </message>
    <message>
        <source>A compact JWS has three parts separated by two dots.</source>
        <translation>Un JWS compact a trois parties séparées par deux points.</translation>
    </message>
    <message>
        <source>The header is not a base64url JSON object.</source>
        <translation>L&apos;en-tête n&apos;est pas un objet JSON en base64url.</translation>
    </message>
    <message>
        <source>The header names no algorithm (&quot;alg&quot;).</source>
        <translation>L&apos;en-tête ne nomme aucun algorithme (&quot;alg&quot;).</translation>
    </message>
    <message>
        <source>An unsecured token (&quot;alg&quot;: &quot;none&quot;) is refused.</source>
        <translation>Un jeton non sécurisé (&quot;alg&quot; : &quot;none&quot;) est refusé.</translation>
    </message>
    <message>
        <source>The algorithm %1 is not accepted; only RS256 and ES256 are.</source>
        <translation>L&apos;algorithme %1 n&apos;est pas accepté ; seuls RS256 et ES256 le sont.</translation>
    </message>
    <message>
        <source>The header asks for critical extensions (&quot;crit&quot;).</source>
        <translation>L&apos;en-tête exige des extensions critiques (&quot;crit&quot;).</translation>
    </message>
    <message>
        <source>The header&apos;s &quot;jwk&quot; is not a JSON object.</source>
        <translation>Le &quot;jwk&quot; de l&apos;en-tête n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The header&apos;s &quot;jwk&quot; holds a private key.</source>
        <translation>Le &quot;jwk&quot; de l&apos;en-tête contient une clé privée.</translation>
    </message>
    <message>
        <source>The header carries no public key (&quot;jwk&quot;).</source>
        <translation>L&apos;en-tête ne porte aucune clé publique (&quot;jwk&quot;).</translation>
    </message>
    <message>
        <source>The algorithm %1 does not fit a key of type &quot;%2&quot;.</source>
        <translation>L&apos;algorithme %1 ne convient pas à une clé de type &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The key is meant for another algorithm than %1.</source>
        <translation>La clé est destinée à un autre algorithme que %1.</translation>
    </message>
    <message>
        <source>The claims are not a base64url JSON object.</source>
        <translation>Les revendications ne sont pas un objet JSON en base64url.</translation>
    </message>
    <message>
        <source>The signature is missing or not base64url.</source>
        <translation>La signature est absente ou n&apos;est pas en base64url.</translation>
    </message>
    <message>
        <source>An ES256 signature has 64 bytes; this one has %1.</source>
        <translation>Une signature ES256 fait 64 octets ; celle-ci en fait %1.</translation>
    </message>
    <message>
        <source>The signature does not match the key.</source>
        <translation>La signature ne correspond pas à la clé.</translation>
    </message>
    <message>
        <source>The private key is encrypted with a passphrase. Give it unencrypted; Cordon keeps it in the system keychain.</source>
        <translation>La clé privée est chiffrée par une phrase secrète. Donnez-la non chiffrée ; Cordon la garde dans le trousseau du système.</translation>
    </message>
    <message>
        <source>This is a public key. Cordon needs the private key that belongs to it.</source>
        <translation>Ceci est une clé publique. Cordon a besoin de la clé privée qui lui correspond.</translation>
    </message>
    <message>
        <source>This is a certificate. Cordon needs the private key.</source>
        <translation>Ceci est un certificat. Cordon a besoin de la clé privée.</translation>
    </message>
    <message>
        <source>This is an OpenSSH key. Convert it to an unencrypted PKCS#8 PEM first.</source>
        <translation>Ceci est une clé OpenSSH. Convertissez-la d&apos;abord en PEM PKCS#8 non chiffré.</translation>
    </message>
    <message>
        <source>The PEM block does not hold a private key.</source>
        <translation>Le bloc PEM ne contient pas de clé privée.</translation>
    </message>
    <message>
        <source>The private key is empty.</source>
        <translation>La clé privée est vide.</translation>
    </message>
    <message>
        <source>The key&apos;s line breaks are written as the characters \n; give it with real line breaks.</source>
        <translation>Les sauts de ligne de la clé sont écrits avec les caractères \n ; donnez-la avec de vrais sauts de ligne.</translation>
    </message>
    <message>
        <source>There is text before the key&apos;s BEGIN line.</source>
        <translation>Du texte précède la ligne BEGIN de la clé.</translation>
    </message>
    <message>
        <source>The private key is not in PEM form: its -----BEGIN line is missing.</source>
        <translation>La clé privée n&apos;est pas au format PEM : sa ligne -----BEGIN manque.</translation>
    </message>
    <message>
        <source>The key&apos;s BEGIN line is damaged.</source>
        <translation>La ligne BEGIN de la clé est endommagée.</translation>
    </message>
    <message>
        <source>The key&apos;s END line is missing or does not match its BEGIN line.</source>
        <translation>La ligne END de la clé manque ou ne correspond pas à sa ligne BEGIN.</translation>
    </message>
    <message>
        <source>There is text after the key&apos;s END line; give one key and nothing else.</source>
        <translation>Du texte suit la ligne END de la clé ; donnez une seule clé et rien d&apos;autre.</translation>
    </message>
    <message>
        <source>The private key could not be read: its PEM text is damaged.</source>
        <translation>La clé privée n&apos;a pas pu être lue : son texte PEM est endommagé.</translation>
    </message>
    <message>
        <source>The RSA key has %1 bits; Okta needs at least %2.</source>
        <translation>La clé RSA a %1 bits ; Okta en exige au moins %2.</translation>
    </message>
    <message>
        <source>The RSA key has %1 bits; Cordon takes at most %2.</source>
        <translation>La clé RSA a %1 bits ; Cordon en accepte au plus %2.</translation>
    </message>
    <message>
        <source>The EC key is on curve %1; Cordon signs with P-256 (ES256) only.</source>
        <translation>La clé EC est sur la courbe %1 ; Cordon ne signe qu&apos;avec P-256 (ES256).</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Keys of type %1 cannot sign for Okta. Use an RSA key of at least 2048 bits or an EC P-256 key.</source>
        <translation>Les clés de type %1 ne peuvent pas signer pour Okta. Utilisez une clé RSA d&apos;au moins 2048 bits ou une clé EC P-256.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: Okta cannot set a user&apos;s risk to NONE; LOW is the lowest it sets</source>
        <translation>« %1 » : Okta ne peut pas ramener le risque d&apos;un utilisateur à NONE ; LOW est le niveau le plus bas</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no risk level Okta sets (known: risk:HIGH, risk:MEDIUM, risk:LOW)</source>
        <translation>« %1 » ne nomme aucun niveau de risque qu&apos;Okta applique (connus : risk:HIGH, risk:MEDIUM, risk:LOW)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the time is not an ISO 8601 date and time with its zone, such as 2026-12-01T09:30:00Z</source>
        <translation>« %1 » : l&apos;heure n&apos;est pas une date et heure ISO 8601 avec son fuseau, comme 2026-12-01T09:30:00Z</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the time is in the future, so no factor could have been enrolled since</source>
        <translation>« %1 » : l&apos;heure est dans le futur, aucun facteur n&apos;a donc pu être enregistré depuis</translation>
    </message>
    <message>
        <source>the risk reason is %1 characters long; Okta takes at most %2</source>
        <translation>le motif du risque compte %1 caractères ; Okta en accepte au plus %2</translation>
    </message>
    <message>
        <source>Okta takes only letters, digits, spaces, hyphens, commas and periods in a risk reason, not &quot;%1&quot;</source>
        <translation>Okta n&apos;accepte dans un motif de risque que des lettres, chiffres, espaces, traits d&apos;union, virgules et points, pas « %1 »</translation>
    </message>
</context>
<context>
    <name>cordon::core::AccountResolution</name>
    <message>
        <source>%1: no Okta user has this id, login, short login, email or AD username</source>
        <translation>%1 : aucun utilisateur Okta n&apos;a cet identifiant Okta, cet identifiant, cet identifiant court, cet e-mail ou ce nom d&apos;utilisateur AD</translation>
    </message>
    <message>
        <source>%1 names %2 Okta users: %3; write the full login or the Okta id</source>
        <translation>%1 désigne %2 utilisateurs Okta : %3 ; indiquez l&apos;identifiant complet ou l&apos;identifiant Okta</translation>
    </message>
    <message>
        <source>%1: could not be checked at Okta: %2</source>
        <translation>%1 : n&apos;a pas pu être vérifié chez Okta : %2</translation>
    </message>
</context>
<context>
    <name>cordon::core::ActionListModel</name>
    <message>
        <source>Clear sessions and OAuth tokens</source>
        <translation>Effacer les sessions et les jetons OAuth</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Unsuspend</source>
        <translation>Annuler la suspension</translation>
    </message>
    <message>
        <source>Add to group %1</source>
        <translation>Ajouter au groupe %1</translation>
    </message>
    <message>
        <source>Remove from group %1</source>
        <translation>Retirer du groupe %1</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en file d&apos;attente</translation>
    </message>
    <message>
        <source>sent, waiting for Okta</source>
        <translation>envoyé, en attente d&apos;Okta</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>already so, nothing sent</source>
        <translation>déjà le cas, rien envoyé</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>planned (dry run)</source>
        <translation>prévu (simulation)</translation>
    </message>
    <message>
        <source>HTTP %1, request id %2, %3 ms</source>
        <translation>HTTP %1, identifiant de requête %2, %3 ms</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Okta</source>
        <translation>Okta</translation>
    </message>
    <message>
        <source>Set user risk to %1</source>
        <translation>Fixer le risque de l&apos;utilisateur à %1</translation>
    </message>
    <message>
        <source>Universal Logout (all apps)</source>
        <translation>Universal Logout (toutes les applications)</translation>
    </message>
    <message>
        <source>Remove MFA factors enrolled since %1</source>
        <translation>Retirer les facteurs MFA enregistrés depuis %1</translation>
    </message>
    <message>
        <source>Remove MFA factors enrolled since detection</source>
        <translation>Retirer les facteurs MFA enregistrés depuis la détection</translation>
    </message>
    <message>
        <source>Reset all MFA factors</source>
        <translation>Réinitialiser tous les facteurs MFA</translation>
    </message>
    <message>
        <source>Expire password</source>
        <translation>Faire expirer le mot de passe</translation>
    </message>
</context>
<context>
    <name>cordon::core::AuditLog</name>
    <message>
        <source>the audit log cannot be read: %1</source>
        <translation>le journal d&apos;audit est illisible : %1</translation>
    </message>
    <message>
        <source>entries %1 to %2 are missing</source>
        <translation>les entrées %1 à %2 manquent</translation>
    </message>
    <message>
        <source>entry %1 is out of sequence</source>
        <translation>l&apos;entrée %1 est hors séquence</translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it (an entry was inserted, removed or moved)</source>
        <translation>l&apos;entrée %1 ne suit pas l&apos;entrée précédente (une entrée a été insérée, supprimée ou déplacée)</translation>
    </message>
    <message>
        <source>entry %1 was altered after it was written</source>
        <translation>l&apos;entrée %1 a été modifiée après son écriture</translation>
    </message>
    <message>
        <source>no keychain is in use</source>
        <translation>aucun trousseau n&apos;est utilisé</translation>
    </message>
    <message>
        <source>entry %1 is sealed, but the log&apos;s key cannot be read: %2</source>
        <translation>l&apos;entrée %1 est scellée, mais la clé du journal ne peut pas être lue : %2</translation>
    </message>
    <message>
        <source>entry %1 was added after the anchored head (entry %2) without the key: it is forged</source>
        <translation>l&apos;entrée %1 a été ajoutée après la tête ancrée (entrée %2) sans la clé : elle est falsifiée</translation>
    </message>
    <message>
        <source>entry %1 carries no seal, though the log is sealed from entry %2: it was added or rewritten without the key</source>
        <translation>l&apos;entrée %1 ne porte pas de sceau, alors que le journal est scellé à partir de l&apos;entrée %2 : elle a été ajoutée ou réécrite sans la clé</translation>
    </message>
    <message>
        <source>the log is empty, but the anchor in the keychain says it held %1 entries: it was wiped</source>
        <translation>le journal est vide, mais l&apos;ancre du trousseau indique qu&apos;il contenait %1 entrées : il a été effacé</translation>
    </message>
    <message>
        <source>entries %1 to %2 are missing: the anchor in the keychain says the log reached entry %2, so its tail was cut</source>
        <translation>les entrées %1 à %2 manquent : l&apos;ancre du trousseau indique que le journal allait jusqu&apos;à l&apos;entrée %2, sa fin a donc été coupée</translation>
    </message>
    <message>
        <source>entry %1 is not the entry anchored in the keychain: the log was rewritten from there on</source>
        <translation>l&apos;entrée %1 n&apos;est pas celle ancrée dans le trousseau : le journal a été réécrit à partir de là</translation>
    </message>
    <message>
        <source>entries %1 to %2 are sealed but not anchored yet</source>
        <translation>les entrées %1 à %2 sont scellées mais pas encore ancrées</translation>
    </message>
    <message>
        <source>the keychain holds no anchor for this log, so a cut tail or an emptied log could not be seen</source>
        <translation>le trousseau ne contient aucune ancre pour ce journal : une fin coupée ou un journal vidé ne pourrait pas être détecté</translation>
    </message>
    <message>
        <source>the log&apos;s key is missing from the keychain, though its anchor is there</source>
        <translation>la clé du journal manque dans le trousseau, alors que son ancre s&apos;y trouve</translation>
    </message>
    <message>
        <source>not sealed yet: no entry is keyed and no head is anchored</source>
        <translation>pas encore scellé : aucune entrée n&apos;est scellée par la clé et aucune tête n&apos;est ancrée</translation>
    </message>
    <message>
        <source>unsealed, no key: %1</source>
        <translation>non scellé, pas de clé : %1</translation>
    </message>
    <message>
        <source>the key was not read</source>
        <translation>la clé n&apos;a pas été lue</translation>
    </message>
    <message>
        <source>entry %1 was altered after it was sealed, or an entry before it was: it no longer matches its seal</source>
        <translation>l&apos;entrée %1, ou une entrée avant elle, a été modifiée après le scellement : elle ne correspond plus à son sceau</translation>
    </message>
    <message>
        <source>entry %1 was not sealed with this log&apos;s key: it is forged or was altered</source>
        <translation>l&apos;entrée %1 n&apos;a pas été scellée avec la clé de ce journal : elle est falsifiée ou a été modifiée</translation>
    </message>
    <message>
        <source>entry %1 is a copy of entry %2, or was moved from there: entries were inserted or reordered</source>
        <translation>l&apos;entrée %1 est une copie de l&apos;entrée %2, ou a été déplacée de là : des entrées ont été insérées ou réordonnées</translation>
    </message>
    <message>
        <source>entries %1 and %2 were swapped</source>
        <translation>les entrées %1 et %2 ont été interverties</translation>
    </message>
    <message>
        <source>entries were reordered: entry %1 holds what was written as entry %2, and entry %3 what was written as entry %1</source>
        <translation>des entrées ont été réordonnées : l&apos;entrée %1 contient ce qui a été écrit comme entrée %2, et l&apos;entrée %3 ce qui a été écrit comme entrée %1</translation>
    </message>
    <message>
        <source>entry %1 was removed and the entries after it renumbered (entry %1 was written as entry %2)</source>
        <translation>l&apos;entrée %1 a été supprimée et les entrées suivantes renumérotées (l&apos;entrée %1 a été écrite comme entrée %2)</translation>
    </message>
    <message>
        <source>entries %1 to %2 were removed and the entries after them renumbered (entry %1 was written as entry %3)</source>
        <translation>les entrées %1 à %2 ont été supprimées et les entrées suivantes renumérotées (l&apos;entrée %1 a été écrite comme entrée %3)</translation>
    </message>
</context>
<context>
    <name>cordon::core::AuditSeal</name>
    <message>
        <source>the audit key in the %1 is not one Cordon made</source>
        <translation>la clé d&apos;audit dans %1 n&apos;a pas été créée par Cordon</translation>
    </message>
    <message>
        <source>the log&apos;s anchor in the %1 cannot be read</source>
        <translation>l&apos;ancre du journal dans %1 ne peut pas être lue</translation>
    </message>
    <message>
        <source>the log&apos;s anchor in the %1 was not written with the log&apos;s key</source>
        <translation>l&apos;ancre du journal dans %1 n&apos;a pas été écrite avec la clé du journal</translation>
    </message>
    <message>
        <source>the log no longer holds entry %1 as it was anchored</source>
        <translation>le journal ne contient plus l&apos;entrée %1 telle qu&apos;elle a été ancrée</translation>
    </message>
    <message>
        <source>the key is for another audit log (this database&apos;s is %1)</source>
        <translation>la clé appartient à un autre journal d&apos;audit (celui de cette base est %1)</translation>
    </message>
    <message>
        <source>the text is not an audit key Cordon exported</source>
        <translation>le texte n&apos;est pas une clé d&apos;audit exportée par Cordon</translation>
    </message>
    <message>
        <source>the key does not match the log&apos;s sealed entries</source>
        <translation>la clé ne correspond pas aux entrées scellées du journal</translation>
    </message>
    <message>
        <source>the %1 holds another key for this log already</source>
        <translation>%1 contient déjà une autre clé pour ce journal</translation>
    </message>
</context>
<context>
    <name>cordon::core::AuditTableModel</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analyste</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Okta user</source>
        <translation>Utilisateur Okta</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Okta request id</source>
        <translation>Identifiant de requête Okta</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Code d&apos;erreur</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>cordon::core::CandidateScorer</name>
    <message>
        <source>confirmed by %1 on %2</source>
        <translation>confirmé par %1 le %2</translation>
    </message>
    <message>
        <source>%1 equals &apos;%2&apos;</source>
        <translation>%1 est égal à &apos;%2&apos;</translation>
    </message>
    <message>
        <source>login equals &apos;%1&apos;</source>
        <translation>l&apos;identifiant est égal à &apos;%1&apos;</translation>
    </message>
    <message>
        <source>email equals &apos;%1&apos;</source>
        <translation>l&apos;e-mail est égal à &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the name part of %2</source>
        <translation>&apos;%1&apos; est la partie nom de %2</translation>
    </message>
    <message>
        <source>%1 starts with &apos;%2.&apos;</source>
        <translation>%1 commence par &apos;%2.&apos;</translation>
    </message>
    <message>
        <source>%1 starts with &apos;%2&apos;</source>
        <translation>%1 commence par &apos;%2&apos;</translation>
    </message>
    <message>
        <source>first and last name match &apos;%1&apos;</source>
        <translation>le prénom et le nom correspondent à &apos;%1&apos;</translation>
    </message>
    <message>
        <source>login is &apos;%1&apos;</source>
        <translation>l&apos;identifiant est &apos;%1&apos;</translation>
    </message>
    <message>
        <source>last name and first initial match &apos;%1&apos;</source>
        <translation>le nom et l&apos;initiale du prénom correspondent à &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2&apos;s first initial and last name</source>
        <translation>&apos;%1&apos; est l&apos;initiale du prénom et le nom de %2</translation>
    </message>
    <message>
        <source>first name is &apos;%1&apos;</source>
        <translation>le prénom est &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2&apos;s first and last name</source>
        <translation>&apos;%1&apos; est le prénom et le nom de %2</translation>
    </message>
    <message>
        <source>email domain is %1, the domain of %2</source>
        <translation>le domaine de l&apos;e-mail est %1, celui de %2</translation>
    </message>
    <message>
        <source>DEPROVISIONED: this account is closed</source>
        <translation>DEPROVISIONED : ce compte est fermé</translation>
    </message>
    <message>
        <source>an analyst said this is not the person</source>
        <translation>un analyste a indiqué que ce n&apos;est pas la personne</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the name part of %2, its umlauts written another way</source>
        <translation>&apos;%1&apos; est la partie nom de %2, avec les trémas écrits autrement</translation>
    </message>
    <message>
        <source>the name is spelt as in &apos;%1&apos;</source>
        <translation>le nom s&apos;écrit comme dans &apos;%1&apos;</translation>
    </message>
    <message>
        <source>first and last name match &apos;%1&apos; if umlauts are taken for their bare vowels</source>
        <translation>le prénom et le nom correspondent à &apos;%1&apos; si les trémas sont lus comme des voyelles simples</translation>
    </message>
    <message>
        <source>login &apos;%1&apos; is the name as first.last, its umlauts written another way</source>
        <translation>l&apos;identifiant &apos;%1&apos; est le nom sous la forme prénom.nom, avec les trémas écrits autrement</translation>
    </message>
</context>
<context>
    <name>cordon::core::CandidateTableModel</name>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>AD username</source>
        <translation>Nom d&apos;utilisateur AD</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Admin roles</source>
        <translation>Rôles d&apos;administrateur</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Raisons</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>chargement…</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>illisible : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>, remembered</source>
        <translation>, mémorisé</translation>
    </message>
    <message>
        <source>, rejected before</source>
        <translation>, déjà rejeté</translation>
    </message>
    <message>
        <source>%1, equal to the endpoint&apos;s</source>
        <translation>%1, identique à celui du poste</translation>
    </message>
    <message>
        <source>%1, differs from the endpoint&apos;s</source>
        <translation>%1, diffère de celui du poste</translation>
    </message>
    <message>
        <source>Endpoint user
%1</source>
        <translation>Utilisateur du poste
%1</translation>
    </message>
    <message>
        <source>%1. %2
%3</source>
        <translation>%1. %2
%3</translation>
    </message>
    <message>
        <source>remembered</source>
        <translation>mémorisé</translation>
    </message>
    <message>
        <source>rejected before</source>
        <translation>déjà rejeté</translation>
    </message>
</context>
<context>
    <name>cordon::core::Claim</name>
    <message>
        <source>%1 on %2 since %3</source>
        <translation>%1 sur %2 depuis %3</translation>
    </message>
</context>
<context>
    <name>cordon::core::Claims</name>
    <message>
        <source>another Cordon program</source>
        <translation>un autre programme Cordon</translation>
    </message>
    <message>
        <source>an unknown workstation</source>
        <translation>un poste inconnu</translation>
    </message>
    <message>
        <source>Cannot record the claim on %1: %2</source>
        <translation>Impossible d&apos;enregistrer la prise en charge de %1 : %2</translation>
    </message>
</context>
<context>
    <name>cordon::core::ContainmentAction</name>
    <message>
        <source>Sets the user&apos;s risk at Okta to %1 (Identity Threat Protection). The org&apos;s entity risk policy then acts on it: it may end the user&apos;s sessions in every app, or ask them to sign in again. A release sets it to LOW, not back to what it was: Okta cannot set NONE.</source>
        <translation>Fixe le risque de l&apos;utilisateur chez Okta à %1 (Identity Threat Protection). La politique de risque d&apos;entité de l&apos;organisation agit alors : elle peut mettre fin aux sessions de l&apos;utilisateur dans chaque application, ou lui demander de se reconnecter. Une libération le ramène à LOW, pas à sa valeur d&apos;avant : Okta ne peut pas fixer NONE.</translation>
    </message>
    <message>
        <source>Universal Logout: ends the user&apos;s sessions and revokes their tokens in every app that supports it, not only Okta&apos;s, and revokes the user&apos;s own Okta API tokens. Nothing at release brings them back; the user signs in again everywhere.</source>
        <translation>Universal Logout : met fin aux sessions de l&apos;utilisateur et révoque ses jetons dans chaque application qui le permet, pas seulement chez Okta, et révoque les jetons d&apos;API Okta de l&apos;utilisateur. Aucune libération ne les rend ; l&apos;utilisateur se reconnecte partout.</translation>
    </message>
    <message>
        <source>Removes every MFA factor the user enrolled since %1, such as one an attacker added. The user must enrol them again; a release does not restore them. The audit lists each factor removed.</source>
        <translation>Retire chaque facteur MFA que l&apos;utilisateur a enregistré depuis %1, comme celui qu&apos;un attaquant aurait ajouté. L&apos;utilisateur doit les enregistrer à nouveau ; une libération ne les rétablit pas. Le journal d&apos;audit nomme chaque facteur retiré.</translation>
    </message>
    <message>
        <source>the incident&apos;s detection time</source>
        <translation>l&apos;heure de détection de l&apos;incident</translation>
    </message>
    <message>
        <source>Resets all of the user&apos;s MFA factors: every enrolment ends and the user must enrol again at their next sign-in. A release does not restore them.</source>
        <translation>Réinitialise tous les facteurs MFA de l&apos;utilisateur : chaque enregistrement prend fin et l&apos;utilisateur doit s&apos;enregistrer à nouveau à sa prochaine connexion. Une libération ne les rétablit pas.</translation>
    </message>
    <message>
        <source>Expires the user&apos;s password: they must choose a new one at their next sign-in. With Active Directory delegated authentication it also expires the password in AD. A release does not undo it.</source>
        <translation>Fait expirer le mot de passe de l&apos;utilisateur : il doit en choisir un nouveau à sa prochaine connexion. Avec l&apos;authentification déléguée Active Directory, le mot de passe expire aussi dans AD. Une libération ne l&apos;annule pas.</translation>
    </message>
    <message>
        <source>Lowers the user&apos;s risk at Okta to LOW, the lowest Okta sets: it cannot set NONE, so the risk does not go back to what it was before it was raised.</source>
        <translation>Abaisse le risque de l&apos;utilisateur chez Okta à LOW, le plus bas qu&apos;Okta fixe : il ne peut pas fixer NONE, donc le risque ne revient pas à ce qu&apos;il était avant d&apos;être relevé.</translation>
    </message>
</context>
<context>
    <name>cordon::core::ContainmentRunner</name>
    <message>
        <source>could not tell which account the API token acts as: %1</source>
        <translation>impossible de savoir au nom de quel compte agit le jeton d&apos;API : %1</translation>
    </message>
    <message>
        <source>could not read the user&apos;s admin roles, so the admin guardrail cannot be checked: %1</source>
        <translation>impossible de lire les rôles d&apos;administrateur de l&apos;utilisateur, le garde-fou administrateur ne peut donc pas être vérifié : %1</translation>
    </message>
    <message>
        <source>no Okta user &apos;%1&apos;</source>
        <translation>aucun utilisateur Okta &apos;%1&apos;</translation>
    </message>
    <message>
        <source>could not read Okta user &apos;%1&apos;: %2</source>
        <translation>impossible de lire l&apos;utilisateur Okta &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>the action journal could not be written, so nothing was sent</source>
        <translation>le journal des actions n&apos;a pas pu être écrit, rien n&apos;a donc été envoyé</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2 group: Okta only lets OKTA_GROUP memberships change</source>
        <translation>&apos;%1&apos; est un groupe %2 : Okta ne permet de modifier que les appartenances aux groupes OKTA_GROUP</translation>
    </message>
    <message>
        <source>already in the wanted state; nothing sent</source>
        <translation>déjà dans l&apos;état voulu ; rien envoyé</translation>
    </message>
    <message>
        <source>%1 Okta may have made the change before the answer was lost: the journal keeps it open until journal resume settles it from Okta&apos;s state.</source>
        <translation>%1 Okta a peut-être effectué la modification avant que la réponse ne se perde : le journal la garde ouverte jusqu&apos;à ce que « journal resume » la règle d&apos;après l&apos;état chez Okta.</translation>
    </message>
    <message>
        <source>could not read all of the user&apos;s groups, so the protected-group guardrail cannot be checked: %1</source>
        <translation>les groupes de l&apos;utilisateur n&apos;ont pas tous pu être lus, la règle des groupes protégés ne peut donc pas être vérifiée : %1</translation>
    </message>
    <message>
        <source>attempt %1 of %2 was answered %3; Okta made no change, so it is sent again</source>
        <translation>la tentative %1 de %2 a reçu la réponse %3 ; Okta n&apos;a rien modifié, elle est donc renvoyée</translation>
    </message>
    <message>
        <source>%1 Okta does not expire the password of a user in status %2: expire it at release, after unsuspend.</source>
        <translation>%1 Okta ne fait pas expirer le mot de passe d&apos;un utilisateur au statut %2 : faites-le expirer à la libération, après l&apos;annulation de la suspension.</translation>
    </message>
    <message>
        <source>%1 A credential action is not sent again by itself: run it again once the rate limit resets.</source>
        <translation>%1 Une action sur les identifiants n&apos;est pas renvoyée d&apos;elle-même : relancez-la une fois la limite de débit réinitialisée.</translation>
    </message>
    <message>
        <source>Okta would not show the user&apos;s risk, so none was set: %1. Without Identity Threat Protection, or without okta.userRisk.read and okta.userRisk.manage, Okta refuses user risk.</source>
        <translation>Okta n&apos;a pas montré le risque de l&apos;utilisateur, aucun n&apos;a donc été fixé : %1. Sans Identity Threat Protection, ou sans okta.userRisk.read et okta.userRisk.manage, Okta refuse le risque utilisateur.</translation>
    </message>
    <message>
        <source>nothing sent: %1</source>
        <translation>rien envoyé : %1</translation>
    </message>
    <message>
        <source>the user&apos;s risk is already %1; nothing sent</source>
        <translation>le risque de l&apos;utilisateur est déjà %1 ; rien envoyé</translation>
    </message>
    <message>
        <source>risk %1 to %2, reason &quot;%3&quot;</source>
        <translation>risque %1 à %2, motif « %3 »</translation>
    </message>
    <message>
        <source>nothing sent: the incident has no detection time; name the time, as in revoke-factors-since:2026-12-01T09:30:00Z</source>
        <translation>rien envoyé : l&apos;incident n&apos;a pas d&apos;heure de détection ; indiquez l&apos;heure, comme dans revoke-factors-since:2026-12-01T09:30:00Z</translation>
    </message>
    <message>
        <source>the user&apos;s factors could not be read, so none was removed: %1</source>
        <translation>les facteurs de l&apos;utilisateur n&apos;ont pas pu être lus, aucun n&apos;a donc été retiré : %1</translation>
    </message>
    <message>
        <source>no factor was enrolled since %1 (%2 enrolled before); nothing sent</source>
        <translation>aucun facteur enregistré depuis %1 (%2 enregistrés avant) ; rien envoyé</translation>
    </message>
    <message>
        <source>the user&apos;s factors could not be read, so none was reset: %1</source>
        <translation>les facteurs de l&apos;utilisateur n&apos;ont pas pu être lus, aucun n&apos;a donc été réinitialisé : %1</translation>
    </message>
    <message>
        <source>the user has no MFA factor enrolled; nothing sent</source>
        <translation>l&apos;utilisateur n&apos;a aucun facteur MFA enregistré ; rien envoyé</translation>
    </message>
    <message>
        <source>the user&apos;s password is already expired; nothing sent</source>
        <translation>le mot de passe de l&apos;utilisateur a déjà expiré ; rien envoyé</translation>
    </message>
    <message>
        <source>after the lifecycle change: Okta suspends only ACTIVE users, and an expired password would leave the user PASSWORD_EXPIRED</source>
        <translation>après le changement de statut : Okta ne suspend que les utilisateurs ACTIVE, et un mot de passe expiré laisserait l&apos;utilisateur PASSWORD_EXPIRED</translation>
    </message>
    <message>
        <source>not sent: the lifecycle change before it failed, and an expired password would stop Okta from suspending the user later</source>
        <translation>non envoyé : le changement de statut qui le précède a échoué, et un mot de passe expiré empêcherait Okta de suspendre l&apos;utilisateur plus tard</translation>
    </message>
    <message>
        <source>factor %1 was already gone (Okta answered 404)</source>
        <translation>le facteur %1 avait déjà disparu (Okta a répondu 404)</translation>
    </message>
    <message>
        <source>removed factor %1</source>
        <translation>facteur %1 retiré</translation>
    </message>
    <message>
        <source>factor %1 not removed: %2</source>
        <translation>facteur %1 non retiré : %2</translation>
    </message>
    <message>
        <source>; the answer was lost, so journal resume settles it from the user&apos;s factor list</source>
        <translation> ; la réponse a été perdue, la reprise du journal le règle donc d&apos;après la liste des facteurs de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>; not removed: %1</source>
        <translation> ; non retirés : %1</translation>
    </message>
    <message>
        <source>factors to remove: %1</source>
        <translation>facteurs à supprimer : %1</translation>
    </message>
    <message>
        <source>resets every factor; enrolled now: %1</source>
        <translation>réinitialise chaque facteur ; inscrits actuellement : %1</translation>
    </message>
    <message>
        <source>no factor removed</source>
        <translation>aucun facteur supprimé</translation>
    </message>
    <message>
        <source>factors removed: %1</source>
        <translation>facteurs supprimés : %1</translation>
    </message>
    <message>
        <source>%1 is being acted on by %2: nothing was sent. Wait for that run to end, or ask them.</source>
        <translation>%1 est en cours de traitement par %2 : rien n&apos;a été envoyé. Attendez la fin de cette exécution, ou demandez-lui.</translation>
    </message>
    <message>
        <source>%1 could not be claimed for this run, so nothing was sent: %2</source>
        <translation>%1 n&apos;a pas pu être pris en charge pour cette exécution, donc rien n&apos;a été envoyé : %2</translation>
    </message>
    <message>
        <source>%1 was just acted on by %2 (run %3), after this run read the user&apos;s state: nothing was sent. Look at the user again before acting.</source>
        <translation>%2 vient d&apos;agir sur %1 (exécution %3), après que cette exécution a lu l&apos;état de l&apos;utilisateur : rien n&apos;a été envoyé. Regardez à nouveau l&apos;utilisateur avant d&apos;agir.</translation>
    </message>
</context>
<context>
    <name>cordon::core::CredentialProbe</name>
    <message>
        <source>the service app was not granted %1 (or Cordon does not ask for it: add it to the scopes in Settings)</source>
        <translation>l&apos;application de service n&apos;a pas reçu %1 (ou Cordon ne le demande pas : ajoutez-le aux scopes dans les Paramètres)</translation>
    </message>
    <message>
        <source>the admin roles (%1) may not reset passwords or MFA factors</source>
        <translation>les rôles d&apos;administration (%1) ne peuvent pas réinitialiser les mots de passe ni les facteurs MFA</translation>
    </message>
    <message>
        <source>Okta refused to read user risk (%1): the org does not have Identity Threat Protection, or the credentials may not use it</source>
        <translation>Okta a refusé de lire le risque utilisateur (%1) : l&apos;organisation n&apos;a pas Identity Threat Protection, ou les identifiants ne peuvent pas l&apos;utiliser</translation>
    </message>
    <message>
        <source>Okta refused to list the user&apos;s factors (%1): the credentials may not manage MFA factors</source>
        <translation>Okta a refusé de lister les facteurs de l&apos;utilisateur (%1) : les identifiants ne peuvent pas gérer les facteurs MFA</translation>
    </message>
</context>
<context>
    <name>cordon::core::DataFolder</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot make the folder %1 private.</source>
        <translation>Impossible de rendre le dossier %1 privé.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>cordon::core::Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <source>Cannot configure the database: %1</source>
        <translation>Impossible de configurer la base de données : %1</translation>
    </message>
    <message>
        <source>The database cannot use write-ahead logging (journal mode %1).</source>
        <translation>La base de données ne peut pas utiliser la journalisation anticipée (mode de journal %1).</translation>
    </message>
    <message>
        <source>Cannot lock the database for its schema check: %1</source>
        <translation>Impossible de verrouiller la base de données pour vérifier son schéma : %1</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Cordon (schema %2; this program knows up to %3). It is left untouched: use that newer version of Cordon.</source>
        <translation>La base de données %1 a été écrite par une version plus récente de Cordon (schéma %2 ; ce programme connaît jusqu&apos;au %3). Elle reste intacte : utilisez cette version plus récente de Cordon.</translation>
    </message>
    <message>
        <source>Cannot record the schema version: %1</source>
        <translation>Impossible d&apos;enregistrer la version du schéma : %1</translation>
    </message>
    <message>
        <source>Cannot commit the schema update: %1</source>
        <translation>Impossible de valider la mise à jour du schéma : %1</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (on Debian and Ubuntu: libqt6sql6-psql).</source>
        <translation>Le pilote PostgreSQL de Qt n&apos;est pas installé (sous Debian et Ubuntu : libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Connexion impossible à %1 : %2</translation>
    </message>
    <message>
        <source>Cannot ask %1 who is connected: %2</source>
        <translation>Impossible de demander à %1 qui est connecté : %2</translation>
    </message>
    <message>
        <source>(The schema is created and updated by the database&apos;s owner role, with cordonctl db migrate: see packaging/postgresql/README.md.)</source>
        <translation>(Le schéma est créé et mis à jour par le rôle propriétaire de la base, avec cordonctl db migrate : voir packaging/postgresql/README.md.)</translation>
    </message>
    <message>
        <source>The database %1 holds no Cordon schema yet: run cordonctl db migrate.</source>
        <translation>La base %1 ne contient pas encore de schéma Cordon : lancez cordonctl db migrate.</translation>
    </message>
    <message>
        <source>The database %1 has schema %2; this program needs %3: run cordonctl db migrate.</source>
        <translation>La base %1 a le schéma %2 ; ce programme a besoin de %3 : lancez cordonctl db migrate.</translation>
    </message>
</context>
<context>
    <name>cordon::core::DatabaseUrl</name>
    <message>
        <source>A database URL starts with postgresql://</source>
        <translation>Une URL de base de données commence par postgresql://</translation>
    </message>
    <message>
        <source>The database URL cannot be read.</source>
        <translation>L&apos;URL de la base de données est illisible.</translation>
    </message>
    <message>
        <source>The database URL holds a password. Take it out: Cordon reads the password from the keychain (Settings → Database) or from PGPASSWORD.</source>
        <translation>L&apos;URL de la base de données contient un mot de passe. Retirez-le : Cordon lit le mot de passe dans le trousseau (Paramètres → Base de données) ou dans PGPASSWORD.</translation>
    </message>
    <message>
        <source>The database URL&apos;s port %1 is not a port number.</source>
        <translation>Le port %1 de l&apos;URL de la base de données n&apos;est pas un numéro de port.</translation>
    </message>
    <message>
        <source>The database URL&apos;s option %1 holds a &apos;;&apos;, which cannot be passed on.</source>
        <translation>L&apos;option %1 de l&apos;URL de la base de données contient un &apos;;&apos;, qui ne peut pas être transmis.</translation>
    </message>
    <message>
        <source>The database URL&apos;s option %1 is not one Cordon passes on.</source>
        <translation>Cordon ne transmet pas l&apos;option %1 de l&apos;URL de la base de données.</translation>
    </message>
    <message>
        <source>The database URL names no database: end it with /DATABASE, e.g. postgresql://jdoe@db.example:5432/cordon</source>
        <translation>L&apos;URL ne nomme aucune base : terminez-la par /BASE, par ex. postgresql://jdoe@db.example:5432/cordon</translation>
    </message>
    <message>
        <source>The database URL names no host.</source>
        <translation>L&apos;URL de la base de données ne nomme aucun hôte.</translation>
    </message>
    <message>
        <source>The database URL&apos;s sslmode %1 is not one of disable, allow, prefer, require, verify-ca, verify-full.</source>
        <translation>Le sslmode %1 de l&apos;URL de la base de données n&apos;est pas l&apos;un de disable, allow, prefer, require, verify-ca, verify-full.</translation>
    </message>
</context>
<context>
    <name>cordon::core::FeedSources</name>
    <message>
        <source>Cordon does not know this kind of source (%1).</source>
        <translation>Cordon ne connaît pas ce type de source (%1).</translation>
    </message>
    <message>
        <source>Refused: %1.</source>
        <translation>Refusé : %1.</translation>
    </message>
    <message>
        <source>Reading its key from %1…</source>
        <translation>Lecture de sa clé depuis %1…</translation>
    </message>
    <message>
        <source>No API key stored for this source: remove it and add it again with its key.</source>
        <translation>Aucune clé d&apos;API n&apos;est enregistrée pour cette source : supprimez-la et ajoutez-la de nouveau avec sa clé.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) skipped; the first: %1</source>
        <translation>
            <numerusform>%n enregistrement ignoré ; le premier : %1</numerusform>
            <numerusform>%n enregistrements ignorés ; le premier : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No feeds</source>
        <translation>Aucun flux</translation>
    </message>
    <message>
        <source>%1 ok</source>
        <translation>%1 en ordre</translation>
    </message>
    <message>
        <source>%1 failing</source>
        <translation>%1 en échec</translation>
    </message>
    <message>
        <source>%1 loading</source>
        <translation>%1 en chargement</translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation>%1 arrêté(s)</translation>
    </message>
    <message>
        <source>1 feed</source>
        <translation>1 flux</translation>
    </message>
    <message>
        <source>%1 feeds</source>
        <translation>%1 flux</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>cordon::core::FileSource</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Watching %1</source>
        <translation>Surveillance de %1</translation>
    </message>
</context>
<context>
    <name>cordon::core::HttpsSource</name>
    <message>
        <source>Polling %1</source>
        <translation>Interrogation de %1</translation>
    </message>
    <message>
        <source>The answer is larger than %1 (setting feeds/maxResponseBytes).</source>
        <translation>La réponse dépasse %1 (paramètre feeds/maxResponseBytes).</translation>
    </message>
    <message>
        <source>The answer took longer than %1 s and was cut off (setting feeds/maxTransferMs).</source>
        <translation>La réponse a pris plus de %1 s et a été interrompue (paramètre feeds/maxTransferMs).</translation>
    </message>
    <message>
        <source>Rate limited by the server (HTTP 429).</source>
        <translation>Limité par le serveur (HTTP 429).</translation>
    </message>
    <message>
        <source>No answer within %1 s.</source>
        <translation>Aucune réponse en %1 s.</translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 de %2</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Erreur réseau : %1</translation>
    </message>
    <message>
        <source>The answer is not a feed: %1</source>
        <translation>La réponse n&apos;est pas un flux : %1</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Mis à jour à %1</translation>
    </message>
    <message>
        <source>%1 Next attempt in %2 s.</source>
        <translation>%1 Nouvelle tentative dans %2 s.</translation>
    </message>
    <message>
        <source>The feed&apos;s answer was refused: %1.</source>
        <translation>La réponse du flux a été refusée : %1.</translation>
    </message>
    <message>
        <source>Refusing %1: %2.</source>
        <translation>%1 refusé : %2.</translation>
    </message>
</context>
<context>
    <name>cordon::core::IdentityMatcher</name>
    <message>
        <source>this principal is never matched to a person</source>
        <translation>ce principal n&apos;est jamais associé à une personne</translation>
    </message>
    <message>
        <source>never matched: %1</source>
        <translation>jamais associé : %1</translation>
    </message>
</context>
<context>
    <name>cordon::core::IncidentStore</name>
    <message>
        <source>reading the incident %1 failed: %2</source>
        <translation>la lecture de l&apos;incident %1 a échoué : %2</translation>
    </message>
    <message>
        <source>no incident %1 is stored</source>
        <translation>aucun incident %1 n&apos;est enregistré</translation>
    </message>
    <message>
        <source>the stored incident %1 cannot be read (%2)</source>
        <translation>l&apos;incident enregistré %1 est illisible (%2)</translation>
    </message>
</context>
<context>
    <name>cordon::core::IncidentTableModel</name>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Suppressed</source>
        <translation>Masqué</translation>
    </message>
    <message>
        <source>(no user)</source>
        <translation>(aucun utilisateur)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Detected (UTC)</source>
        <translation>Détecté (UTC)</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Endpoint user</source>
        <translation>Utilisateur du poste</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Containment</source>
        <translation>Confinement</translation>
    </message>
</context>
<context>
    <name>cordon::core::JournalResume</name>
    <message>
        <source>could not read the user at Okta: %1</source>
        <translation>impossible de lire l&apos;utilisateur chez Okta : %1</translation>
    </message>
    <message>
        <source>Okta cannot tell whether the sessions were cleared; clearing is idempotent, so it was sent again</source>
        <translation>Okta ne peut pas dire si les sessions ont été effacées ; l&apos;effacement est idempotent, il a donc été renvoyé</translation>
    </message>
    <message>
        <source>Okta&apos;s state shows the action took effect (user is %1); nothing was sent again</source>
        <translation>l&apos;état chez Okta montre que l&apos;action a pris effet (l&apos;utilisateur est %1) ; rien n&apos;a été renvoyé</translation>
    </message>
    <message>
        <source>it had not been sent; it was sent now</source>
        <translation>elle n&apos;avait pas été envoyée ; elle vient de l&apos;être</translation>
    </message>
    <message>
        <source>Okta&apos;s state does not show it (user is %1), so it was sent again</source>
        <translation>l&apos;état chez Okta ne la montre pas (l&apos;utilisateur est %1), elle a donc été renvoyée</translation>
    </message>
    <message>
        <source>settled by journal resume: %1</source>
        <translation>réglé par « journal resume » : %1</translation>
    </message>
    <message>
        <source>left alone: a running Cordon program is waiting for Okta&apos;s answer to it</source>
        <translation>laissée telle quelle : un programme Cordon en cours attend encore la réponse d&apos;Okta</translation>
    </message>
    <message>
        <source>the analyst chose not to send it again</source>
        <translation>l&apos;analyste a choisi de ne pas la renvoyer</translation>
    </message>
    <message>
        <source>not sent again: %1</source>
        <translation>non renvoyée : %1</translation>
    </message>
    <message>
        <source>the user&apos;s status at Okta changed at %1, after this action was written at %2: someone may have undone it on purpose since</source>
        <translation>le statut de l&apos;utilisateur chez Okta a changé à %1, après l&apos;écriture de cette action à %2 : quelqu&apos;un a pu l&apos;annuler volontairement depuis</translation>
    </message>
    <message>
        <source>the members of group %1 changed at %2, after this action was written at %3: someone may have undone it on purpose since</source>
        <translation>les membres du groupe %1 ont changé à %2, après l&apos;écriture de cette action à %3 : quelqu&apos;un a pu l&apos;annuler volontairement depuis</translation>
    </message>
    <message>
        <source>not sent again: superseded by run %1, which acted on %2 at %3 (%4)</source>
        <translation>non renvoyée : remplacée par le passage %1, qui a agi sur %2 à %3 (%4)</translation>
    </message>
    <message>
        <source>settled by journal resume: %1 (guardrail %2)</source>
        <translation>réglée par la reprise du journal : %1 (garde-fou %2)</translation>
    </message>
    <message>
        <source>could not read the user&apos;s risk at Okta: %1</source>
        <translation>le risque de l&apos;utilisateur n&apos;a pas pu être lu chez Okta : %1</translation>
    </message>
    <message>
        <source>the user&apos;s risk is %1</source>
        <translation>le risque de l&apos;utilisateur est %1</translation>
    </message>
    <message>
        <source>could not read the user&apos;s factors at Okta: %1</source>
        <translation>les facteurs de l&apos;utilisateur n&apos;ont pas pu être lus chez Okta : %1</translation>
    </message>
    <message>
        <source>Okta still lists factor %1</source>
        <translation>Okta liste encore le facteur %1</translation>
    </message>
    <message>
        <source>Okta no longer lists factor %1</source>
        <translation>Okta ne liste plus le facteur %1</translation>
    </message>
    <message>
        <source>the user still has a factor enrolled before the reset was written</source>
        <translation>l&apos;utilisateur a encore un facteur enregistré avant l&apos;écriture de la réinitialisation</translation>
    </message>
    <message>
        <source>the user has no factor enrolled before the reset was written</source>
        <translation>l&apos;utilisateur n&apos;a aucun facteur enregistré avant l&apos;écriture de la réinitialisation</translation>
    </message>
    <message>
        <source>user is %1</source>
        <translation>l&apos;utilisateur est %1</translation>
    </message>
    <message>
        <source>Okta&apos;s state shows the action took effect (%1); nothing was sent again</source>
        <translation>l&apos;état chez Okta montre que l&apos;action a pris effet (%1) ; rien n&apos;a été renvoyé</translation>
    </message>
    <message>
        <source>Okta cannot show whether Universal Logout took effect; send it again by hand if it is still wanted</source>
        <translation>Okta ne peut pas montrer si Universal Logout a pris effet ; renvoyez-le à la main s&apos;il est encore voulu</translation>
    </message>
    <message>
        <source>Okta&apos;s state cannot show whether it took effect (%1); send it again by hand if it is still wanted</source>
        <translation>l&apos;état chez Okta ne peut pas montrer s&apos;il a pris effet (%1) ; renvoyez-le à la main s&apos;il est encore voulu</translation>
    </message>
    <message>
        <source>the analyst confirmed it; it was sent again</source>
        <translation>l&apos;analyste l&apos;a confirmé ; il a été renvoyé</translation>
    </message>
    <message>
        <source>Okta&apos;s state does not show it (%1), so it was sent again</source>
        <translation>l&apos;état chez Okta ne le montre pas (%1), il a donc été renvoyé</translation>
    </message>
    <message>
        <source>the entry names no factor, so there is nothing to settle</source>
        <translation>l&apos;entrée ne nomme aucun facteur, il n&apos;y a donc rien à régler</translation>
    </message>
    <message>
        <source>left alone: %1 is acting on this user</source>
        <translation>laissée telle quelle : %1 agit sur cet utilisateur</translation>
    </message>
</context>
<context>
    <name>cordon::core::OrgUrl</name>
    <message>
        <source>For a server on this computer, write its loopback address (127.0.0.1 or [::1]) rather than localhost: the name is looked up, and the answer may lead off this computer.</source>
        <translation>Pour un serveur sur cet ordinateur, indiquez son adresse de bouclage (127.0.0.1 ou [::1]) plutôt que localhost : le nom est résolu, et la réponse peut mener hors de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>cordon::core::Playbook</name>
    <message>
        <source>a playbook must be a JSON object</source>
        <translation>un playbook doit être un objet JSON</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation>champ inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;id&apos; must be 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>&apos;id&apos; doit comporter 1 à 64 lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;, et commencer par une lettre ou un chiffre</translation>
    </message>
    <message>
        <source>&apos;trigger&apos; must be manual, threat_identified or threat_remediated</source>
        <translation>&apos;trigger&apos; doit valoir manual, threat_identified ou threat_remediated</translation>
    </message>
    <message>
        <source>&apos;mode&apos; must be automatic or ask</source>
        <translation>&apos;mode&apos; doit valoir automatic ou ask</translation>
    </message>
    <message>
        <source>&apos;enabled&apos; must be true or false</source>
        <translation>&apos;enabled&apos; doit valoir true ou false</translation>
    </message>
    <message>
        <source>&apos;condition&apos; must be an object</source>
        <translation>&apos;condition&apos; doit être un objet</translation>
    </message>
    <message>
        <source>unknown condition &apos;%1&apos;</source>
        <translation>condition inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;minimumSeverity&apos; must be informational, low, medium, high or critical</source>
        <translation>&apos;minimumSeverity&apos; doit valoir informational, low, medium, high ou critical</translation>
    </message>
    <message>
        <source>&apos;sources&apos; must be an array of source kinds</source>
        <translation>&apos;sources&apos; doit être un tableau de types de source</translation>
    </message>
    <message>
        <source>unknown source kind &apos;%1&apos; (known: %2)</source>
        <translation>type de source inconnu &apos;%1&apos; (connus : %2)</translation>
    </message>
    <message>
        <source>source kind &apos;%1&apos; is listed twice</source>
        <translation>le type de source &apos;%1&apos; figure deux fois</translation>
    </message>
    <message>
        <source>every action must be a string</source>
        <translation>chaque action doit être une chaîne</translation>
    </message>
    <message>
        <source>action &apos;%1&apos; is listed twice</source>
        <translation>l&apos;action &apos;%1&apos; figure deux fois</translation>
    </message>
    <message>
        <source>a playbook either contains or releases: its actions mix both</source>
        <translation>un playbook confine ou libère : ses actions mélangent les deux</translation>
    </message>
    <message>
        <source>a playbook run when a threat is remediated may only release (unsuspend, remove-group, unrestrict)</source>
        <translation>un playbook exécuté quand une menace est corrigée ne peut que libérer (unsuspend, remove-group, unrestrict)</translation>
    </message>
    <message>
        <source>a playbook run when a threat is identified may only contain (clear-sessions, suspend, add-group, restrict)</source>
        <translation>un playbook exécuté quand une menace est identifiée ne peut que confiner (clear-sessions, suspend, add-group, restrict)</translation>
    </message>
    <message>
        <source>Contain</source>
        <translation>Confiner</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Libérer</translation>
    </message>
    <message>
        <source>it has no name; give it a name</source>
        <translation>il n&apos;a pas de nom ; donnez-lui un nom</translation>
    </message>
    <message>
        <source>it has no action; choose at least one action</source>
        <translation>il n&apos;a aucune action ; choisissez au moins une action</translation>
    </message>
    <message>
        <source>playbook &apos;%1&apos;: %2</source>
        <translation>playbook &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>&apos;name&apos; must be a string</source>
        <translation>&apos;name&apos; doit être une chaîne</translation>
    </message>
    <message>
        <source>&apos;actions&apos; must be an array of actions</source>
        <translation>&apos;actions&apos; doit être un tableau d&apos;actions</translation>
    </message>
</context>
<context>
    <name>cordon::core::PlaybookEngine</name>
    <message>
        <source>the playbook asks before it runs</source>
        <translation>le playbook demande avant de s&apos;exécuter</translation>
    </message>
    <message>
        <source>the endpoint user has no single exact Okta match</source>
        <translation>l&apos;utilisateur du poste n&apos;a pas de correspondance Okta exacte et unique</translation>
    </message>
    <message>
        <source>the Okta search failed: %1</source>
        <translation>la recherche Okta a échoué : %1</translation>
    </message>
    <message>
        <source>no restricted group is set in settings</source>
        <translation>aucun groupe restreint n&apos;est défini dans les paramètres</translation>
    </message>
    <message>
        <source>Cordon changed nothing for this user in this incident that the playbook would undo</source>
        <translation>Cordon n&apos;a rien modifié pour cet utilisateur dans cet incident que le playbook annulerait</translation>
    </message>
    <message>
        <source>every action succeeded</source>
        <translation>toutes les actions ont réussi</translation>
    </message>
    <message>
        <source>some actions failed; see the incident&apos;s results</source>
        <translation>certaines actions ont échoué ; voir les résultats de l&apos;incident</translation>
    </message>
</context>
<context>
    <name>cordon::core::PlaybookStore</name>
    <message>
        <source>playbook %1: %2</source>
        <translation>playbook %1 : %2</translation>
    </message>
    <message>
        <source>playbook %1: the id &apos;%2&apos; is used twice</source>
        <translation>playbook %1 : l&apos;identifiant &apos;%2&apos; est utilisé deux fois</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>pas du JSON : %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>expected {&quot;playbooks&quot;: [ … ]} or an array of playbooks</source>
        <translation>attendu : {&quot;playbooks&quot;: [ … ]} ou un tableau de playbooks</translation>
    </message>
    <message>
        <source>the settings refused the playbooks</source>
        <translation>les paramètres ont refusé les playbooks</translation>
    </message>
    <message>
        <source>the document holds no playbooks</source>
        <translation>le document ne contient aucun playbook</translation>
    </message>
</context>
<context>
    <name>cordon::core::RolePermissions</name>
    <message>
        <source>The token acts as a Super Administrator: far more than containment needs. Use a dedicated service account with a custom role (okta.users.read, okta.users.lifecycle.suspend, okta.users.lifecycle.unsuspend, okta.users.lifecycle.clearSessions, okta.groups.members.manage) or Group Admin plus Group Membership Admin.</source>
        <translation>Le jeton agit en tant que Super Administrator : bien plus que ce que le confinement exige. Utilisez un compte de service dédié avec un rôle personnalisé (okta.users.read, okta.users.lifecycle.suspend, okta.users.lifecycle.unsuspend, okta.users.lifecycle.clearSessions, okta.groups.members.manage) ou Group Admin avec Group Membership Admin.</translation>
    </message>
    <message>
        <source>The token&apos;s roles are limited to the groups they manage: users outside them cannot be contained, and groups that hold admin roles cannot be changed.</source>
        <translation>Les rôles du jeton se limitent aux groupes qu&apos;ils gèrent : les utilisateurs hors de ces groupes ne peuvent pas être confinés, et les groupes qui détiennent des rôles d&apos;administrateur ne peuvent pas être modifiés.</translation>
    </message>
    <message>
        <source>The token&apos;s account holds no admin role: it can contain no one.</source>
        <translation>Le compte du jeton ne détient aucun rôle d&apos;administrateur : il ne peut confiner personne.</translation>
    </message>
    <message>
        <source>clear sessions</source>
        <translation>effacer les sessions</translation>
    </message>
    <message>
        <source>suspend and unsuspend</source>
        <translation>suspendre et annuler la suspension</translation>
    </message>
    <message>
        <source>change group membership</source>
        <translation>modifier l&apos;appartenance aux groupes</translation>
    </message>
    <message>
        <source>The token&apos;s roles cannot: %1.</source>
        <translation>Les rôles du jeton ne permettent pas de : %1.</translation>
    </message>
    <message>
        <source>A custom role&apos;s permissions are not listed with the role; what it allows shows when an action runs.</source>
        <translation>Les autorisations d&apos;un rôle personnalisé ne sont pas listées avec le rôle ; ce qu&apos;il permet apparaît lorsqu&apos;une action s&apos;exécute.</translation>
    </message>
</context>
<context>
    <name>cordon::core::TimelineModel</name>
    <message>
        <source>Refused for %1</source>
        <translation>Refusé pour %1</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>identifiant de requête %1</translation>
    </message>
    <message>
        <source>Detected on the endpoint</source>
        <translation>Détecté sur le poste</translation>
    </message>
    <message>
        <source>Reported by the feed</source>
        <translation>Signalé par le flux</translation>
    </message>
    <message>
        <source>Acknowledged in the EDR</source>
        <translation>Pris en compte dans l&apos;EDR</translation>
    </message>
    <message>
        <source>Remediated</source>
        <translation>Corrigé</translation>
    </message>
    <message>
        <source>Matched %1 to Okta user %2</source>
        <translation>%1 associé à l&apos;utilisateur Okta %2</translation>
    </message>
    <message>
        <source>Ruled out Okta user %2 for %1</source>
        <translation>Utilisateur Okta %2 écarté pour %1</translation>
    </message>
    <message>
        <source>revoked %1 by %2</source>
        <translation>%1 révoqué par %2</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>détecté</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>signalé</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>pris en compte</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>associé</translation>
    </message>
    <message>
        <source>ruled out</source>
        <translation>écarté</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>released</source>
        <translation>libéré</translation>
    </message>
    <message>
        <source>remediated</source>
        <translation>corrigé</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analyste</translation>
    </message>
</context>
<context>
    <name>cordon::core::TransportRule</name>
    <message>
        <source>not a valid address</source>
        <translation>adresse non valide</translation>
    </message>
    <message>
        <source>it leads to another origin, and the request carries a credential</source>
        <translation>elle mène à une autre origine, et la requête porte un identifiant secret</translation>
    </message>
    <message>
        <source>a redirect to %1 was not followed: %2</source>
        <translation>une redirection vers %1 n&apos;a pas été suivie : %2</translation>
    </message>
    <message>
        <source>plain http:// goes only to a loopback address written as one, such as 127.0.0.1 or [::1]: the name localhost is looked up, and the answer may lead off this computer</source>
        <translation>le http:// simple ne va qu&apos;à une adresse de bouclage écrite comme telle, par exemple 127.0.0.1 ou [::1] : le nom localhost est résolu, et la réponse peut mener hors de cet ordinateur</translation>
    </message>
    <message>
        <source>only https://, or plain http:// to a loopback address, is allowed</source>
        <translation>seul https://, ou http:// simple vers une adresse de bouclage, est autorisé</translation>
    </message>
    <message>
        <source>only https:// is allowed</source>
        <translation>seul https:// est autorisé</translation>
    </message>
</context>
<context>
    <name>cordon::core::WebhookNotifier</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Incident: %1 (%2, %3)</source>
        <translation>Incident : %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Endpoint user: %1</source>
        <translation>Utilisateur du poste : %1</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Endpoint user</source>
        <translation>Utilisateur du poste</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <source>Okta user: %1</source>
        <translation>Utilisateur Okta : %1</translation>
    </message>
    <message>
        <source>Okta user</source>
        <translation>Utilisateur Okta</translation>
    </message>
    <message>
        <source>Okta user: none found</source>
        <translation>Utilisateur Okta : aucun trouvé</translation>
    </message>
    <message>
        <source>Open in Cordon: %1</source>
        <translation>Ouvrir dans Cordon : %1</translation>
    </message>
    <message>
        <source>Open in Cordon</source>
        <translation>Ouvrir dans Cordon</translation>
    </message>
    <message>
        <source>no webhook URL is stored in the keychain</source>
        <translation>aucune URL de webhook n&apos;est enregistrée dans le trousseau</translation>
    </message>
    <message>
        <source>the webhook answered HTTP %1</source>
        <translation>le webhook a répondu HTTP %1</translation>
    </message>
    <message>
        <source>the webhook could not be reached (%1)</source>
        <translation>le webhook est injoignable (%1)</translation>
    </message>
    <message>
        <source>the webhook answered with a redirect; %1</source>
        <translation>le webhook a répondu par une redirection ; %1</translation>
    </message>
    <message>
        <source>the webhook URL is refused: %1</source>
        <translation>l&apos;URL du webhook est refusée : %1</translation>
    </message>
</context>
<context>
    <name>cordon::core::openssl</name>
    <message>
        <source>The RSA key&apos;s &quot;n&quot; or &quot;e&quot; is missing or not base64url.</source>
        <translation>Le &quot;n&quot; ou le &quot;e&quot; de la clé RSA est absent ou n&apos;est pas en base64url.</translation>
    </message>
    <message>
        <source>The RSA key has %1 bits; it must have from %2 to %3.</source>
        <translation>La clé RSA a %1 bits ; elle doit en avoir de %2 à %3.</translation>
    </message>
    <message>
        <source>The RSA key could not be built.</source>
        <translation>La clé RSA n&apos;a pas pu être construite.</translation>
    </message>
    <message>
        <source>The RSA key is not a valid public key.</source>
        <translation>La clé RSA n&apos;est pas une clé publique valide.</translation>
    </message>
    <message>
        <source>The EC key is not on curve P-256.</source>
        <translation>La clé EC n&apos;est pas sur la courbe P-256.</translation>
    </message>
    <message>
        <source>The EC key&apos;s &quot;x&quot; or &quot;y&quot; is missing, not base64url or not 32 bytes.</source>
        <translation>Le &quot;x&quot; ou le &quot;y&quot; de la clé EC est absent, n&apos;est pas en base64url ou ne fait pas 32 octets.</translation>
    </message>
    <message>
        <source>The EC key could not be built.</source>
        <translation>La clé EC n&apos;a pas pu être construite.</translation>
    </message>
    <message>
        <source>The EC key&apos;s point is not on curve P-256.</source>
        <translation>Le point de la clé EC n&apos;est pas sur la courbe P-256.</translation>
    </message>
    <message>
        <source>The key type is not RSA or EC.</source>
        <translation>Le type de clé n&apos;est ni RSA ni EC.</translation>
    </message>
</context>
<context>
    <name>cordon::gui::ActionPane</name>
    <message>
        <source>Containment</source>
        <translation>Confinement</translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation>E&amp;xaminer…</translation>
    </message>
    <message>
        <source>Review the waiting playbook</source>
        <translation>Examiner le playbook en attente</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>&amp;Écarter</translation>
    </message>
    <message>
        <source>Dismiss the waiting playbook</source>
        <translation>Écarter le playbook en attente</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>No incident selected.</source>
        <translation>Aucun incident sélectionné.</translation>
    </message>
    <message>
        <source>Playbook &lt;b&gt;%1&lt;/b&gt; waits for your approval: %2.</source>
        <translation>Le playbook &lt;b&gt;%1&lt;/b&gt; attend votre approbation : %2.</translation>
    </message>
    <message>
        <source>Confirm the Okta user first, then review it.</source>
        <translation>Confirmez d&apos;abord l&apos;utilisateur Okta, puis examinez-le.</translation>
    </message>
    <message>
        <source>Nothing to contain in Okta for this incident.</source>
        <translation>Rien à confiner dans Okta pour cet incident.</translation>
    </message>
    <message>
        <source>Contain the Okta user behind &lt;tt&gt;%1&lt;/tt&gt; on %2: clear sessions and tokens, suspend, move to the restricted group. Release them after remediation.</source>
        <translation>Confiner l&apos;utilisateur Okta derrière &lt;tt&gt;%1&lt;/tt&gt; sur %2 : effacer les sessions et les jetons, suspendre, placer dans le groupe restreint. Le libérer après la correction.</translation>
    </message>
    <message>
        <source>an unnamed endpoint</source>
        <translation>un poste sans nom</translation>
    </message>
    <message>
        <source>The incident is open. Confirm the Okta user first.</source>
        <translation>L&apos;incident est ouvert. Confirmez d&apos;abord l&apos;utilisateur Okta.</translation>
    </message>
    <message>
        <source>The incident is closed: release the user if they were contained.</source>
        <translation>L&apos;incident est clos : libérez l&apos;utilisateur s&apos;il a été confiné.</translation>
    </message>
</context>
<context>
    <name>cordon::gui::AuditLogView</name>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Filter: user, incident, action, outcome, request id…</source>
        <translation>Filtre : utilisateur, incident, action, résultat, identifiant de requête…</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Vérifier la chaîne</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>%1 sur %n entrée</numerusform>
            <numerusform>%1 sur %n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the whole audit log</source>
        <translation>Exporter tout le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>%n entrée exportée vers %1.</numerusform>
            <numerusform>%n entrées exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain BROKEN at entry %1: %2</source>
        <translation>Chaîne ROMPUE à l&apos;entrée %1 : %2</translation>
    </message>
    <message>
        <source>Reading the log&apos;s key and anchor from the keychain…</source>
        <translation>Lecture de la clé et de l&apos;ancre du journal dans le trousseau…</translation>
    </message>
    <message>
        <source>Chain BROKEN: %1</source>
        <translation>Chaîne ROMPUE : %1</translation>
    </message>
    <message numerus="yes">
        <source>Chain intact and sealed: %n entries checked against the key and the anchor in the keychain. Head hash %1.</source>
        <translation>
            <numerusform>Chaîne intacte et scellée : %n entrée vérifiée avec la clé et l&apos;ancre du trousseau. Hachage de tête %1.</numerusform>
            <numerusform>Chaîne intacte et scellée : %n entrées vérifiées avec la clé et l&apos;ancre du trousseau. Hachage de tête %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entries 1 to %1 are unkeyed (before sealing): only their hash chain was checked.</source>
        <translation>Les entrées 1 à %1 ne sont pas scellées par la clé (avant le scellement) : seule leur chaîne de hachage a été vérifiée.</translation>
    </message>
    <message numerus="yes">
        <source>Chain intact, but UNSEALED: %n entries hash-chained only, which anyone who can write the data folder can recompute.</source>
        <translation>
            <numerusform>Chaîne intacte, mais NON SCELLÉE : %n entrée seulement chaînée par hachage, ce que quiconque peut écrire dans le dossier de données peut recalculer.</numerusform>
            <numerusform>Chaîne intacte, mais NON SCELLÉE : %n entrées seulement chaînées par hachage, ce que quiconque peut écrire dans le dossier de données peut recalculer.</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>cordon::gui::CandidateComparisonView</name>
    <message>
        <source>system account: never matched</source>
        <translation>compte système : jamais associé</translation>
    </message>
    <message>
        <source>machine account: never matched</source>
        <translation>compte machine : jamais associé</translation>
    </message>
    <message>
        <source>service account: never matched</source>
        <translation>compte de service : jamais associé</translation>
    </message>
    <message>
        <source>local account: never matched</source>
        <translation>compte local : jamais associé</translation>
    </message>
    <message>
        <source>not a person&apos;s account: never matched</source>
        <translation>pas le compte d&apos;une personne : jamais associé</translation>
    </message>
    <message>
        <source>Endpoint user and Okta candidates, side by side</source>
        <translation>Utilisateur du poste et candidats Okta côte à côte</translation>
    </message>
    <message>
        <source>Not this person</source>
        <translation>Pas cette personne</translation>
    </message>
    <message>
        <source>Remember that the selected candidate is not the endpoint&apos;s user</source>
        <translation>Retenir que le candidat sélectionné n&apos;est pas l&apos;utilisateur du poste</translation>
    </message>
    <message>
        <source>None of these (Esc)</source>
        <translation>Aucun d&apos;eux (Échap)</translation>
    </message>
    <message>
        <source>Remember that no candidate shown is the endpoint&apos;s user, then search by hand</source>
        <translation>Retenir qu&apos;aucun candidat affiché n&apos;est l&apos;utilisateur du poste, puis chercher à la main</translation>
    </message>
    <message>
        <source>Search Okta: name, login, email or AD username</source>
        <translation>Rechercher dans Okta : nom, identifiant, e-mail ou nom d&apos;utilisateur AD</translation>
    </message>
    <message>
        <source>Search Okta by hand</source>
        <translation>Rechercher dans Okta à la main</translation>
    </message>
    <message>
        <source>No incident selected.</source>
        <translation>Aucun incident sélectionné.</translation>
    </message>
    <message>
        <source>The feed names no user for this incident: there is no Okta identity to look up.</source>
        <translation>Le flux ne nomme aucun utilisateur pour cet incident : il n&apos;y a pas d&apos;identité Okta à rechercher.</translation>
    </message>
    <message>
        <source>Endpoint user &lt;b&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/b&gt; on %2 (%3).</source>
        <translation>Utilisateur du poste &lt;b&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/b&gt; sur %2 (%3).</translation>
    </message>
    <message>
        <source>an unnamed endpoint</source>
        <translation>un poste sans nom</translation>
    </message>
    <message>
        <source>Cordon never looks a system, machine or service account up in Okta, so it can never contain a person because of one.</source>
        <translation>Cordon ne recherche jamais un compte système, machine ou de service dans Okta : il ne peut donc jamais confiner une personne à cause de l&apos;un d&apos;eux.</translation>
    </message>
    <message>
        <source>Searching Okta for %1</source>
        <translation>Recherche de %1 dans Okta</translation>
    </message>
    <message>
        <source>The Okta search failed: %1</source>
        <translation>La recherche Okta a échoué : %1</translation>
    </message>
    <message>
        <source>No Okta user looks like %1. Search by hand below.</source>
        <translation>Aucun utilisateur Okta ne ressemble à %1. Cherchez à la main ci-dessous.</translation>
    </message>
    <message>
        <source>Cordon has not been able to read the Okta admin roles of %1 yet.

If this is an admin, containing them locks out someone who runs the Okta org. Link %2 to %1 anyway?</source>
        <translation>Cordon n&apos;a pas encore pu lire les rôles d&apos;administrateur Okta de %1.

S&apos;il s&apos;agit d&apos;un administrateur, le confiner bloque une personne qui gère l&apos;organisation Okta. Associer quand même %2 à %1 ?</translation>
    </message>
    <message>
        <source>%1 holds Okta admin roles: %2.

Containing an admin locks out someone who runs the Okta org. Link %3 to this admin?</source>
        <translation>%1 détient des rôles d&apos;administrateur Okta : %2.

Confiner un administrateur bloque une personne qui gère l&apos;organisation Okta. Associer %3 à cet administrateur ?</translation>
    </message>
    <message>
        <source>Confirm an Okta admin?</source>
        <translation>Confirmer un administrateur Okta ?</translation>
    </message>
    <message>
        <source>The confirmation could not be saved in Cordon&apos;s database; nothing was remembered.</source>
        <translation>La confirmation n&apos;a pas pu être enregistrée dans la base de données de Cordon ; rien n&apos;a été mémorisé.</translation>
    </message>
    <message>
        <source>Remembered: %1 is %2, confirmed by %3 on %4 (incident %5), until %6.</source>
        <translation>Mémorisé : %1 est %2, confirmé par %3 le %4 (incident %5), jusqu&apos;au %6.</translation>
    </message>
    <message>
        <source>Forget this link</source>
        <translation>Oublier cette association</translation>
    </message>
    <message>
        <source>Rejected before for %1: %2.</source>
        <translation>Déjà rejeté pour %1 : %2.</translation>
    </message>
    <message>
        <source>Forget the rejections</source>
        <translation>Oublier les rejets</translation>
    </message>
    <message>
        <source>%1 (%2) holds %3</source>
        <translation>%1 (%2) détient %3</translation>
    </message>
    <message>
        <source>Okta admin among the candidates: %1. Confirming an admin asks a second time.</source>
        <translation>Administrateur Okta parmi les candidats : %1. Confirmer un administrateur demande une seconde fois.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Confirm %1 (Enter)</source>
        <translation>Confirmer %1 (Entrée)</translation>
    </message>
    <message>
        <source>Confirm (Enter)</source>
        <translation>Confirmer (Entrée)</translation>
    </message>
    <message>
        <source>Show the top %1</source>
        <translation>Afficher les %1 premiers</translation>
    </message>
    <message>
        <source>Show all %1</source>
        <translation>Afficher les %1</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>%1… %2 s (Okta is slow to answer)</source>
        <translation>%1… %2 s (Okta tarde à répondre)</translation>
    </message>
    <message>
        <source>Searching Okta for &quot;%1&quot;</source>
        <translation>Recherche de « %1 » dans Okta</translation>
    </message>
    <message>
        <source>The Okta search for &quot;%1&quot; failed: %2</source>
        <translation>La recherche Okta de « %1 » a échoué : %2</translation>
    </message>
    <message>
        <source>found by a search for &quot;%1&quot;</source>
        <translation>trouvé par une recherche de « %1 »</translation>
    </message>
</context>
<context>
    <name>cordon::gui::Console</name>
    <message>
        <source>The webhook notification was not delivered: %1</source>
        <translation>La notification webhook n&apos;a pas été remise : %1</translation>
    </message>
    <message>
        <source>Cordon&apos;s database could not be opened (%1): incidents are shown but not kept.</source>
        <translation>La base de données de Cordon n&apos;a pas pu être ouverte (%1) : les incidents sont affichés mais pas conservés.</translation>
    </message>
    <message>
        <source>the sample feed</source>
        <translation>le flux d&apos;exemple</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) read from %1</source>
        <translation>
            <numerusform>%n incident lu depuis %1</numerusform>
            <numerusform>%n incidents lus depuis %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) read from %1; %2 record(s) skipped, first: %3</source>
        <translation>
            <numerusform>%n incident lu depuis %1 ; %2 enregistrement(s) ignoré(s), premier : %3</numerusform>
            <numerusform>%n incidents lus depuis %1 ; %2 enregistrement(s) ignoré(s), premier : %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the token from %1…</source>
        <translation>Lecture du jeton depuis %1…</translation>
    </message>
    <message>
        <source>No API token stored: open Settings</source>
        <translation>Aucun jeton d&apos;API enregistré : ouvrez les paramètres</translation>
    </message>
    <message>
        <source>Not configured: open Settings (Ctrl+,)</source>
        <translation>Non configuré : ouvrez les paramètres (Ctrl+,)</translation>
    </message>
    <message>
        <source>%1 (simulated)</source>
        <translation>%1 (simulée)</translation>
    </message>
    <message>
        <source>Playbook %1 did not run for %2: %3</source>
        <translation>Le playbook %1 ne s&apos;est pas exécuté pour %2 : %3</translation>
    </message>
    <message>
        <source>The stored playbooks could not be read (%1): the defaults apply.</source>
        <translation>Les playbooks enregistrés sont illisibles (%1) : les valeurs par défaut s&apos;appliquent.</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) need you</source>
        <translation>
            <numerusform>%n incident requiert votre attention</numerusform>
            <numerusform>%n incidents requièrent votre attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (and %n more)</source>
        <translation>
            <numerusform>%1 : %2 (et %n autre)</numerusform>
            <numerusform>%1 : %2 (et %n autres)</numerusform>
        </translation>
    </message>
    <message>
        <source>No API token</source>
        <translation>Aucun jeton d&apos;API</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Okta: %1</source>
        <translation>Okta : %1</translation>
    </message>
    <message>
        <source>Connected as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>No API token stored for %1</source>
        <translation>Aucun jeton d&apos;API enregistré pour %1</translation>
    </message>
    <message>
        <source>Incidents are listed but could not be stored (%1): they will not survive a restart.</source>
        <translation>Les incidents sont listés mais n&apos;ont pas pu être enregistrés (%1) : ils ne survivront pas à un redémarrage.</translation>
    </message>
    <message>
        <source>Feed sources</source>
        <translation>Sources de flux</translation>
    </message>
    <message>
        <source>Every feed source with its state and last error</source>
        <translation>Chaque source de flux avec son état et sa dernière erreur</translation>
    </message>
    <message>
        <source>No feed sources</source>
        <translation>Aucune source de flux</translation>
    </message>
    <message>
        <source>The audit log is not sealed: its key could not be read or made (%1). Entries are hash-chained only.</source>
        <translation>Le journal d&apos;audit n&apos;est pas scellé : sa clé n&apos;a pas pu être lue ni créée (%1). Les entrées sont seulement chaînées par hachage.</translation>
    </message>
    <message>
        <source>The audit log is sealed, but its key cannot be read (%1): entries written now carry no seal, and Verify will report them.</source>
        <translation>Le journal d&apos;audit est scellé, mais sa clé ne peut pas être lue (%1) : les entrées écrites maintenant ne portent pas de sceau, et la vérification les signalera.</translation>
    </message>
    <message>
        <source>The database of an earlier version was not taken over yet: %1</source>
        <translation>La base de données d&apos;une version antérieure n&apos;a pas encore été reprise : %1</translation>
    </message>
    <message>
        <source>The demo could not be started.</source>
        <translation>La démo n’a pas pu être lancée.</translation>
    </message>
    <message>
        <source>Reading the service app&apos;s private key from %1…</source>
        <translation>Lecture de la clé privée de l&apos;application de service depuis %1…</translation>
    </message>
    <message>
        <source>No private key stored for the service app: open Settings</source>
        <translation>Aucune clé privée enregistrée pour l&apos;application de service : ouvrez les paramètres</translation>
    </message>
    <message>
        <source>The service app&apos;s private key cannot be read: %1</source>
        <translation>La clé privée de l&apos;application de service ne peut pas être lue : %1</translation>
    </message>
    <message>
        <source>The service app cannot sign in: %1</source>
        <translation>L&apos;application de service ne peut pas se connecter : %1</translation>
    </message>
    <message>
        <source>Connected as service app %1</source>
        <translation>Connecté en tant qu&apos;application de service %1</translation>
    </message>
</context>
<context>
    <name>cordon::gui::ContainmentPage</name>
    <message>
        <source>Restricted group:</source>
        <translation>Groupe restreint :</translation>
    </message>
    <message>
        <source>Search Okta groups by name</source>
        <translation>Rechercher des groupes Okta par nom</translation>
    </message>
    <message>
        <source>Type a group name to search Okta</source>
        <translation>Saisissez un nom de groupe pour chercher dans Okta</translation>
    </message>
    <message>
        <source>Matching Okta groups</source>
        <translation>Groupes Okta correspondants</translation>
    </message>
    <message>
        <source>Clearing sessions also forgets the user&apos;s remembered &amp;devices</source>
        <translation>Effacer les sessions oublie aussi les appareils &amp;mémorisés de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Sent to Okta as forgetDevices: the user must pass every factor again on every device.</source>
        <translation>Envoyé à Okta comme forgetDevices : l&apos;utilisateur devra repasser chaque facteur sur chaque appareil.</translation>
    </message>
    <message>
        <source>Protected accounts, one per line: Okta id, login, short login, email or AD username</source>
        <translation>Comptes protégés, un par ligne : identifiant Okta, identifiant, identifiant court, e-mail ou nom d&apos;utilisateur AD</translation>
    </message>
    <message>
        <source>One per line: Okta id, login, short login, email or AD username</source>
        <translation>Un par ligne : identifiant Okta, identifiant, identifiant court, e-mail ou nom d&apos;utilisateur AD</translation>
    </message>
    <message>
        <source>Protected &amp;accounts:</source>
        <translation>Comp&amp;tes protégés :</translation>
    </message>
    <message>
        <source>C&amp;heck accounts at Okta</source>
        <translation>&amp;Vérifier les comptes dans Okta</translation>
    </message>
    <message>
        <source>Check which Okta user each protected account names</source>
        <translation>Vérifier quel utilisateur Okta chaque compte protégé désigne</translation>
    </message>
    <message>
        <source>The Okta user each protected account names</source>
        <translation>L&apos;utilisateur Okta que désigne chaque compte protégé</translation>
    </message>
    <message>
        <source>Protected groups, one group name or id per line</source>
        <translation>Groupes protégés, un nom ou un id de groupe par ligne</translation>
    </message>
    <message>
        <source>One Okta group name or id per line</source>
        <translation>Un nom ou un id de groupe Okta par ligne</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>Aucun choisi</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Okta cannot add users to a %1 group.</source>
        <translation>Okta ne peut pas ajouter d&apos;utilisateurs à un groupe %1.</translation>
    </message>
    <message>
        <source>No valid org URL.</source>
        <translation>Aucune URL d&apos;organisation valide.</translation>
    </message>
    <message>
        <source>No API token is stored for %1.</source>
        <translation>Aucun jeton d&apos;API n&apos;est enregistré pour %1.</translation>
    </message>
    <message>
        <source>Protected accounts</source>
        <translation>Comptes protégés</translation>
    </message>
    <message>
        <source>Nothing was saved: each protected account must name exactly one Okta user.

%1</source>
        <translation>Rien n&apos;a été enregistré : chaque compte protégé doit désigner exactement un utilisateur Okta.

%1</translation>
    </message>
    <message>
        <source>These protected accounts could not be checked at Okta:

%1

Keep them as written? Until they are resolved they protect whoever has that login, email, short login or AD username.</source>
        <translation>Ces comptes protégés n&apos;ont pas pu être vérifiés chez Okta :

%1

Les garder tels qu&apos;écrits ? Tant qu&apos;ils ne sont pas résolus, ils protègent quiconque a cet identifiant, cet e-mail, cet identifiant court ou ce nom d&apos;utilisateur AD.</translation>
    </message>
    <message>
        <source>F&amp;ind group:</source>
        <translation>C&amp;hercher un groupe :</translation>
    </message>
    <message>
        <source>Protected g&amp;roups:</source>
        <translation>G&amp;roupes protégés :</translation>
    </message>
</context>
<context>
    <name>cordon::gui::ContainmentWidget</name>
    <message>
        <source>Contain:</source>
        <translation>Confiner :</translation>
    </message>
    <message>
        <source>Contain</source>
        <translation>Confiner</translation>
    </message>
    <message>
        <source>Suspend, clear sessions and OAuth tokens, add to the restricted group</source>
        <translation>Suspendre, effacer les sessions et les jetons OAuth, ajouter au groupe restreint</translation>
    </message>
    <message>
        <source>Clear sessions</source>
        <translation>Effacer les sessions</translation>
    </message>
    <message>
        <source>End every Okta session and revoke the OAuth tokens</source>
        <translation>Mettre fin à chaque session Okta et révoquer les jetons OAuth</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>The user cannot sign in</source>
        <translation>L&apos;utilisateur ne peut plus se connecter</translation>
    </message>
    <message>
        <source>Restrict</source>
        <translation>Restreindre</translation>
    </message>
    <message>
        <source>Add to the group chosen below</source>
        <translation>Ajouter au groupe choisi ci-dessous</translation>
    </message>
    <message>
        <source>After remediation:</source>
        <translation>Après la correction :</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Libérer</translation>
    </message>
    <message>
        <source>Undo what Cordon did for this incident, and nothing else</source>
        <translation>Annuler ce que Cordon a fait pour cet incident, et rien d&apos;autre</translation>
    </message>
    <message>
        <source>Unsuspend</source>
        <translation>Annuler la suspension</translation>
    </message>
    <message>
        <source>Unsuspend, even if Cordon did not suspend the user</source>
        <translation>Annuler la suspension, même si Cordon n&apos;a pas suspendu l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation>Retirer du groupe</translation>
    </message>
    <message>
        <source>Remove from the group chosen below, even if Cordon did not add the user</source>
        <translation>Retirer du groupe choisi ci-dessous, même si Cordon n&apos;y a pas ajouté l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Show Okta calls</source>
        <translation>Afficher les appels Okta</translation>
    </message>
    <message>
        <source>The Okta calls Contain would send; nothing is sent</source>
        <translation>Les appels Okta que Confiner enverrait ; rien n&apos;est envoyé</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Groupe :</translation>
    </message>
    <message>
        <source>The group Restrict adds to and Remove from group removes from: an Okta group id or its exact name</source>
        <translation>Le groupe auquel Restreindre ajoute et dont Retirer du groupe retire : un identifiant de groupe Okta ou son nom exact</translation>
    </message>
    <message>
        <source>Okta actions and their states</source>
        <translation>Actions Okta et leur état</translation>
    </message>
    <message>
        <source>Confirm the Okta user behind the incident to contain them.</source>
        <translation>Confirmez l&apos;utilisateur Okta derrière l&apos;incident pour le confiner.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;Okta status: &lt;b style=&quot;color:%3&quot;&gt;%4&lt;/b&gt; &amp;nbsp; Incident: %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;Statut Okta : &lt;b style=&quot;color:%3&quot;&gt;%4&lt;/b&gt; &amp;nbsp; Incident : %5</translation>
    </message>
    <message>
        <source>The playbook acts on the restricted group, and none is set: choose one in Settings.</source>
        <translation>Le playbook agit sur le groupe restreint, et aucun n&apos;est défini : choisissez-en un dans les paramètres.</translation>
    </message>
    <message>
        <source>Cordon changed nothing at Okta for %1 in this incident that %2 would undo.</source>
        <translation>Cordon n&apos;a rien modifié chez Okta pour %1 dans cet incident que %2 annulerait.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Contain %1</source>
        <translation>Confiner %1</translation>
    </message>
    <message>
        <source>Dry run for %1</source>
        <translation>Simulation pour %1</translation>
    </message>
    <message>
        <source>Clear the sessions of %1</source>
        <translation>Effacer les sessions de %1</translation>
    </message>
    <message>
        <source>Suspend %1</source>
        <translation>Suspendre %1</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Aucun groupe</translation>
    </message>
    <message>
        <source>Choose the group to add %1 to, or set the restricted group in Settings.</source>
        <translation>Choisissez le groupe auquel ajouter %1, ou définissez le groupe restreint dans les paramètres.</translation>
    </message>
    <message>
        <source>Restrict %1</source>
        <translation>Restreindre %1</translation>
    </message>
    <message>
        <source>Nothing to release</source>
        <translation>Rien à libérer</translation>
    </message>
    <message>
        <source>Cordon changed nothing at Okta for %1 in this incident, so Release has nothing to undo. To act anyway, use Unsuspend or Remove from group.</source>
        <translation>Cordon n&apos;a rien modifié chez Okta pour %1 dans cet incident : Libérer n&apos;a donc rien à annuler. Pour agir quand même, utilisez Annuler la suspension ou Retirer du groupe.</translation>
    </message>
    <message>
        <source>Release %1</source>
        <translation>Libérer %1</translation>
    </message>
    <message>
        <source>Cordon did not suspend %1 for this incident: someone or something else did. Unsuspend only if you know why they were suspended.</source>
        <translation>Cordon n&apos;a pas suspendu %1 pour cet incident : quelqu&apos;un ou quelque chose d&apos;autre l&apos;a fait. N&apos;annulez la suspension que si vous savez pourquoi l&apos;utilisateur a été suspendu.</translation>
    </message>
    <message>
        <source>Unsuspend %1</source>
        <translation>Annuler la suspension de %1</translation>
    </message>
    <message>
        <source>Choose the group to remove %1 from.</source>
        <translation>Choisissez le groupe dont retirer %1.</translation>
    </message>
    <message>
        <source>Cordon did not add %1 to %2 for this incident. Remove them only if you know why they are a member.</source>
        <translation>Cordon n&apos;a pas ajouté %1 à %2 pour cet incident. Ne le retirez que si vous savez pourquoi il en est membre.</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>Retirer %1 de %2</translation>
    </message>
    <message>
        <source>Reading %1 at Okta…</source>
        <translation>Lecture de %1 chez Okta…</translation>
    </message>
    <message>
        <source>clear every Okta session and OAuth token of %1</source>
        <translation>effacer toutes les sessions Okta et tous les jetons OAuth de %1</translation>
    </message>
    <message>
        <source>clear their Okta sessions and OAuth tokens</source>
        <translation>effacer ses sessions Okta et ses jetons OAuth</translation>
    </message>
    <message>
        <source>suspend %1</source>
        <translation>suspendre %1</translation>
    </message>
    <message>
        <source>suspend them</source>
        <translation>le suspendre</translation>
    </message>
    <message>
        <source>unsuspend %1</source>
        <translation>annuler la suspension de %1</translation>
    </message>
    <message>
        <source>unsuspend them</source>
        <translation>annuler sa suspension</translation>
    </message>
    <message>
        <source>add %1 to %2</source>
        <translation>ajouter %1 à %2</translation>
    </message>
    <message>
        <source>add them to %1</source>
        <translation>l&apos;ajouter à %1</translation>
    </message>
    <message>
        <source>remove %1 from %2</source>
        <translation>retirer %1 de %2</translation>
    </message>
    <message>
        <source>remove them from %1</source>
        <translation>le retirer de %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>Already so at Okta, not sent: %1.</source>
        <translation>Déjà le cas chez Okta, non envoyé : %1.</translation>
    </message>
    <message>
        <source>Incident: %1</source>
        <translation>Incident : %1</translation>
    </message>
    <message>
        <source>The Okta calls are one click away, under Show Details.</source>
        <translation>Les appels Okta sont à un clic, sous Afficher les détails.</translation>
    </message>
    <message>
        <source>Okta calls (dry run):
%1</source>
        <translation>Appels Okta (simulation) :
%1</translation>
    </message>
    <message>
        <source>Nothing was sent. %1</source>
        <translation>Rien n&apos;a été envoyé. %1</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: Contain would send %n Okta call(s), listed above. Nothing was sent.</source>
        <translation>
            <numerusform>Simulation : Confiner enverrait %n appel Okta, listé ci-dessus. Rien n&apos;a été envoyé.</numerusform>
            <numerusform>Simulation : Confiner enverrait %n appels Okta, listés ci-dessus. Rien n&apos;a été envoyé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be sent for %1: see the list.</source>
        <translation>Rien ne peut être envoyé pour %1 : voir la liste.</translation>
    </message>
    <message>
        <source>%1 is already in that state at Okta: nothing to send.</source>
        <translation>%1 est déjà dans cet état chez Okta : rien à envoyer.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was sent.</source>
        <translation>Annulé : rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>%1 is an Okta ADMINISTRATOR. Acting on an administrator can lock your organization out of its own admin console.

%2 anyway?</source>
        <translation>%1 est un ADMINISTRATEUR Okta. Agir sur un administrateur peut priver votre organisation de sa propre console d&apos;administration.

%2 quand même ?</translation>
    </message>
    <message>
        <source>Administrator account</source>
        <translation>Compte administrateur</translation>
    </message>
    <message>
        <source>Cancelled: %1 is an administrator and nothing was sent.</source>
        <translation>Annulé : %1 est un administrateur et rien n&apos;a été envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n action(s) to Okta…</source>
        <translation>
            <numerusform>Envoi de %n action à Okta…</numerusform>
            <numerusform>Envoi de %n actions à Okta…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Rien n&apos;a été envoyé : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) FAILED for %1: Okta&apos;s answer is in the list; Retry sends the action again.</source>
        <translation>
            <numerusform>%n action a ÉCHOUÉ pour %1 : la réponse d&apos;Okta figure dans la liste ; Réessayer renvoie l&apos;action.</numerusform>
            <numerusform>%n actions ont ÉCHOUÉ pour %1 : la réponse d&apos;Okta figure dans la liste ; Réessayer renvoie l&apos;action.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every action succeeded for %1. Okta status: %2.</source>
        <translation>Toutes les actions ont réussi pour %1. Statut Okta : %2.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Send this action to Okta again</source>
        <translation>Renvoyer cette action à Okta</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>Settled %n unfinished Okta action(s) from an earlier run: %1.</source>
        <translation>
            <numerusform>%n action Okta inachevée d&apos;une exécution précédente réglée : %1.</numerusform>
            <numerusform>%n actions Okta inachevées d&apos;une exécution précédente réglées : %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished Okta action(s) could not be settled; Cordon tries again at the next start.</source>
        <translation>
            <numerusform>%n action Okta inachevée n&apos;a pas pu être réglée ; Cordon réessaiera au prochain démarrage.</numerusform>
            <numerusform>%n actions Okta inachevées n&apos;ont pas pu être réglées ; Cordon réessaiera au prochain démarrage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group to restrict to or remove from</source>
        <translation>Groupe de restriction ou de retrait</translation>
    </message>
    <message>
        <source>%1 %2: sent again, %3</source>
        <translation>%1 %2 : renvoyée, %3</translation>
    </message>
    <message>
        <source>%1 %2: not sent, a later run on the user superseded it</source>
        <translation>%1 %2 : non envoyée, un passage ultérieur sur cet utilisateur l’a remplacée</translation>
    </message>
    <message>
        <source>%1 %2: not sent, refused by the guardrails</source>
        <translation>%1 %2 : non envoyée, refusée par les garde-fous</translation>
    </message>
    <message>
        <source>%1 %2: left alone, a running Cordon program still waits for Okta&apos;s answer</source>
        <translation>%1 %2 : laissée telle quelle, un programme Cordon en cours attend encore la réponse d&apos;Okta</translation>
    </message>
    <message>
        <source>%1 %2: not sent, as you chose</source>
        <translation>%1 %2 : non envoyée, comme vous l’avez choisi</translation>
    </message>
    <message>
        <source>• %1 %2 (incident %3): %4</source>
        <translation>• %1 %2 (incident %3) : %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Unfinished Okta actions</source>
        <translation>Actions Okta inachevées</translation>
    </message>
    <message numerus="yes">
        <source>An earlier run left %n Okta action(s) unfinished, and Cordon cannot tell whether they are still wanted:

%1

Send them to Okta now? No closes them unsent; the audit log records your choice.</source>
        <translation>
            <numerusform>Un passage antérieur a laissé %n action Okta inachevée, et Cordon ne peut pas savoir si elle est encore voulue :

%1

L&apos;envoyer à Okta maintenant ? Non la clôt sans l&apos;envoyer ; le journal d&apos;audit consigne votre choix.</numerusform>
            <numerusform>Un passage antérieur a laissé %n actions Okta inachevées, et Cordon ne peut pas savoir si elles sont encore voulues :

%1

Les envoyer à Okta maintenant ? Non les clôt sans les envoyer ; le journal d&apos;audit consigne votre choix.</numerusform>
        </translation>
    </message>
    <message>
        <source>The service app was not granted %1</source>
        <translation>L&apos;application de service n&apos;a pas reçu %1</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Autres actions</translation>
    </message>
    <message>
        <source>User risk, Universal Logout, MFA factors and password: each asks first</source>
        <translation>Risque utilisateur, Universal Logout, facteurs MFA et mot de passe : chacune demande d&apos;abord</translation>
    </message>
    <message>
        <source>Set user risk (HIGH or MEDIUM)</source>
        <translation>Fixer le risque utilisateur (HIGH ou MEDIUM)</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>%1 (unavailable: %2)</source>
        <translation>%1 (indisponible : %2)</translation>
    </message>
    <message>
        <source>Lower risk to LOW…</source>
        <translation>Abaisser le risque à LOW…</translation>
    </message>
    <message>
        <source>Lower risk to LOW (unavailable: %1)</source>
        <translation>Abaisser le risque à LOW (indisponible : %1)</translation>
    </message>
    <message>
        <source>Undo a raised risk: Okta cannot set NONE, so LOW is as low as it goes</source>
        <translation>Annuler un risque relevé : Okta ne peut pas fixer NONE, LOW est donc le plus bas</translation>
    </message>
    <message>
        <source>Unavailable here:
%1</source>
        <translation>Indisponible ici :
%1</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 pour %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cordon did not raise the risk of %1 for this incident.</source>
        <translation>Cordon n&apos;a pas relevé le risque de %1 pour cet incident.</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1 : %2</translation>
    </message>
    <message>
        <source>• %1: %2
   %3</source>
        <translation>• %1 : %2
   %3</translation>
    </message>
    <message>
        <source>• %1: nothing to send, %2</source>
        <translation>• %1 : rien à envoyer, %2</translation>
    </message>
    <message>
        <source>• %1: cannot be sent: %2</source>
        <translation>• %1 : ne peut pas être envoyé : %2</translation>
    </message>
    <message>
        <source>Waiting for your confirmation: nothing is sent until then.</source>
        <translation>En attente de votre confirmation : rien n&apos;est envoyé d&apos;ici là.</translation>
    </message>
</context>
<context>
    <name>cordon::gui::CredentialActionDialog</name>
    <message>
        <source>Set risk to %1</source>
        <translation>Fixer le risque à %1</translation>
    </message>
    <message>
        <source>Log out everywhere</source>
        <translation>Déconnecter partout</translation>
    </message>
    <message>
        <source>Remove factors</source>
        <translation>Retirer les facteurs</translation>
    </message>
    <message>
        <source>Reset all factors</source>
        <translation>Réinitialiser tous les facteurs</translation>
    </message>
    <message>
        <source>Expire password</source>
        <translation>Faire expirer le mot de passe</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 pour %2</translation>
    </message>
    <message>
        <source>LOW is the lowest level Cordon can set: Okta cannot set a user&apos;s risk back to NONE.</source>
        <translation>LOW est le niveau le plus bas que Cordon peut fixer : Okta ne peut pas ramener le risque d&apos;un utilisateur à NONE.</translation>
    </message>
    <message>
        <source>Risk level:</source>
        <translation>Niveau de risque :</translation>
    </message>
    <message>
        <source>Okta records this reason: at most 500 letters, digits, spaces, hyphens, commas and periods</source>
        <translation>Okta enregistre ce motif : au plus 500 lettres, chiffres, espaces, traits d&apos;union, virgules et points</translation>
    </message>
    <message>
        <source>Reason Okta records:</source>
        <translation>Motif enregistré par Okta :</translation>
    </message>
    <message>
        <source>Factors enrolled at or after this time are removed; the incident&apos;s detection time unless you change it</source>
        <translation>Les facteurs enregistrés à cette heure ou après sont retirés ; l&apos;heure de détection de l&apos;incident, sauf si vous la changez</translation>
    </message>
    <message>
        <source>Enrolled since:</source>
        <translation>Enregistrés depuis :</translation>
    </message>
    <message>
        <source>&lt;b&gt;What Okta would change (dry run):&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ce qu&apos;Okta changerait (simulation) :&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reading the user at Okta…</source>
        <translation>Lecture de l&apos;utilisateur chez Okta…</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Rien n&apos;a été envoyé : %1</translation>
    </message>
</context>
<context>
    <name>cordon::gui::DatabasePage</name>
    <message>
        <source>SQ&amp;Lite file in the data folder (one analyst)</source>
        <translation>Fichier SQ&amp;Lite dans le dossier de données (un analyste)</translation>
    </message>
    <message>
        <source>&amp;Team database on PostgreSQL, shared by the analysts</source>
        <translation>Base d&apos;é&amp;quipe sur PostgreSQL, partagée par les analystes</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>Kept in the keychain; leave empty to keep the stored one</source>
        <translation>Gardé dans le trousseau ; laissez vide pour garder celui enregistré</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Each analyst connects as their own database role: the server&apos;s name for it is recorded with every change. TLS that checks the server&apos;s certificate is the default for any host but this computer. A change applies at the next start.</source>
        <translation>Chaque analyste se connecte avec son propre rôle de base : le nom que le serveur lui donne est enregistré avec chaque modification. TLS avec vérification du certificat du serveur est le défaut pour tout hôte sauf cet ordinateur. Un changement prend effet au prochain démarrage.</translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>Tester la co&amp;nnexion</translation>
    </message>
    <message>
        <source>Database connection test</source>
        <translation>Test de connexion à la base</translation>
    </message>
    <message>
        <source>CORDON_DATABASE_URL is set, and overrides this setting: Cordon opens %1.</source>
        <translation>CORDON_DATABASE_URL est défini et remplace ce paramètre : Cordon ouvre %1.</translation>
    </message>
    <message>
        <source>Enter the team database&apos;s URL, or choose the file in the data folder.</source>
        <translation>Saisissez l&apos;URL de la base d&apos;équipe, ou choisissez le fichier du dossier de données.</translation>
    </message>
    <message>
        <source>The database URL must start with postgresql:// (for example postgresql://jdoe@db.soc.example:5432/cordon).</source>
        <translation>L&apos;URL de la base doit commencer par postgresql:// (par exemple postgresql://jdoe@db.soc.example:5432/cordon).</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Mot de passe de la base</translation>
    </message>
    <message>
        <source>The keychain did not store the database password: %1</source>
        <translation>Le trousseau n&apos;a pas enregistré le mot de passe de la base : %1</translation>
    </message>
    <message>
        <source>A password is stored in the keychain for this URL.</source>
        <translation>Un mot de passe est enregistré dans le trousseau pour cette URL.</translation>
    </message>
    <message>
        <source>No password stored for this URL (PGPASSWORD or ~/.pgpass serve when the server asks).</source>
        <translation>Aucun mot de passe enregistré pour cette URL (PGPASSWORD ou ~/.pgpass servent si le serveur en demande un).</translation>
    </message>
    <message>
        <source>%1 does not exist yet: Cordon creates it at its next start.</source>
        <translation>%1 n&apos;existe pas encore : Cordon le crée au prochain démarrage.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>The server asks for a password: type it above, or set PGPASSWORD.</source>
        <translation>Le serveur demande un mot de passe : saisissez-le ci-dessus, ou définissez PGPASSWORD.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connecté à %1.</translation>
    </message>
    <message>
        <source>The server knows you as %1; your changes are recorded under that name.</source>
        <translation>Le serveur vous connaît sous le nom %1 ; vos modifications sont enregistrées sous ce nom.</translation>
    </message>
    <message>
        <source>Analyst: %1.</source>
        <translation>Analyste : %1.</translation>
    </message>
    <message>
        <source>Schema %1, this version&apos;s.</source>
        <translation>Schéma %1, celui de cette version.</translation>
    </message>
    <message>
        <source>TLS: none (the connection is not encrypted).</source>
        <translation>TLS : aucun (la connexion n&apos;est pas chiffrée).</translation>
    </message>
    <message>
        <source>TLS: %1.</source>
        <translation>TLS : %1.</translation>
    </message>
    <message>
        <source>Signed in with the password stored in the keychain.</source>
        <translation>Connecté avec le mot de passe enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>A change of database applies at the next start.</source>
        <translation>Un changement de base prend effet au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>cordon::gui::DemoMode</name>
    <message>
        <source>Could not create a temporary folder for the demo: %1</source>
        <translation>Impossible de créer un dossier temporaire pour la démo : %1</translation>
    </message>
    <message>
        <source>The demo org could not be loaded: %1</source>
        <translation>L&apos;organisation de démo n&apos;a pas pu être chargée : %1</translation>
    </message>
    <message>
        <source>The simulated Okta org could not listen on this computer: %1</source>
        <translation>L&apos;organisation Okta simulée ne peut pas écouter sur cet ordinateur : %1</translation>
    </message>
</context>
<context>
    <name>cordon::gui::FeedSourcesView</name>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Red Canary API</source>
        <translation>API Red Canary</translation>
    </message>
    <message>
        <source>JSON over HTTPS</source>
        <translation>JSON en HTTPS</translation>
    </message>
    <message>
        <source>Feed sources</source>
        <translation>Sources de flux</translation>
    </message>
    <message>
        <source>Feed sources and their state</source>
        <translation>Sources de flux et leur état</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Dernier succès</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Actualiser maintenant</translation>
    </message>
    <message>
        <source>Read or poll the selected feed source now</source>
        <translation>Lire ou interroger maintenant la source de flux sélectionnée</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Loading: %1</source>
        <translation>Chargement : %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failing: %1</source>
        <translation>En échec : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
</context>
<context>
    <name>cordon::gui::FeedsPage</name>
    <message>
        <source>%1 (Red Canary API, every %2 min)</source>
        <translation>%1 (API Red Canary, toutes les %2 min)</translation>
    </message>
    <message>
        <source>%1 (JSON, every %2 min)</source>
        <translation>%1 (JSON, toutes les %2 min)</translation>
    </message>
    <message>
        <source>Incident feeds to load: files or folders on this computer (watched as they change) or https:// addresses (polled).</source>
        <translation>Flux d&apos;incidents à charger : fichiers ou dossiers de cet ordinateur (surveillés) ou adresses https:// (interrogées périodiquement).</translation>
    </message>
    <message>
        <source>Feed sources</source>
        <translation>Sources de flux</translation>
    </message>
    <message>
        <source>Feed file path or https address</source>
        <translation>Chemin du fichier de flux ou adresse https</translation>
    </message>
    <message>
        <source>File or folder path, or https:// address</source>
        <translation>Chemin de fichier ou de dossier, ou adresse https://</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose a feed file</source>
        <translation>Choisir un fichier de flux</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Emplacement :</translation>
    </message>
    <message>
        <source>Reads:</source>
        <translation>Lit :</translation>
    </message>
    <message>
        <source>API key or bearer token of the feed</source>
        <translation>Clé d&apos;API ou jeton bearer du flux</translation>
    </message>
    <message>
        <source>API key (Red Canary) or bearer token, kept in the keychain</source>
        <translation>Clé d&apos;API (Red Canary) ou jeton bearer, conservé dans le trousseau</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>C&amp;lé :</translation>
    </message>
    <message>
        <source>Minutes between polls</source>
        <translation>Minutes entre deux interrogations</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Poll every:</source>
        <translation>&amp;Interroger toutes les :</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add feed source</source>
        <translation>Ajouter une source de flux</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected feed source</source>
        <translation>Supprimer la source de flux sélectionnée</translation>
    </message>
    <message>
        <source>Choose an incident feed</source>
        <translation>Choisir un flux d&apos;incidents</translation>
    </message>
    <message>
        <source>Incident feeds (*.json *.ndjson *.jsonl);;All files (*)</source>
        <translation>Flux d&apos;incidents (*.json *.ndjson *.jsonl);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Detected from the location</source>
        <translation>Déduit de l&apos;emplacement</translation>
    </message>
    <message>
        <source>A local file or folder, watched</source>
        <translation>Un fichier ou dossier local, surveillé</translation>
    </message>
    <message>
        <source>The Red Canary API (detections, with an API key)</source>
        <translation>L&apos;API Red Canary (détections, avec une clé d&apos;API)</translation>
    </message>
    <message>
        <source>A JSON or NDJSON feed (a bearer token is optional)</source>
        <translation>Un flux JSON ou NDJSON (jeton bearer facultatif)</translation>
    </message>
    <message>
        <source>Feed source</source>
        <translation>Source de flux</translation>
    </message>
    <message>
        <source>This address cannot be a feed: %1.</source>
        <translation>Cette adresse ne peut pas être un flux : %1.</translation>
    </message>
    <message>
        <source>Put the feed&apos;s key in the Key field, not in the address: it is kept in the keychain.</source>
        <translation>Mettez la clé du flux dans le champ Clé, pas dans l&apos;adresse : elle est conservée dans le trousseau.</translation>
    </message>
    <message>
        <source>Feeds are read from files, folders or https:// addresses.</source>
        <translation>Les flux sont lus depuis des fichiers, des dossiers ou des adresses https://.</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Trousseau</translation>
    </message>
    <message>
        <source>The feed&apos;s key could not be stored in %1, so the source was not added: %2</source>
        <translation>La clé du flux n&apos;a pas pu être stockée dans %1, la source n&apos;a donc pas été ajoutée : %2</translation>
    </message>
</context>
<context>
    <name>cordon::gui::GeneralPage</name>
    <message>
        <source>Language of the console</source>
        <translation>Langue de la console</translation>
    </message>
    <message>
        <source>Takes effect when Cordon starts again.</source>
        <translation>Prend effet au prochain démarrage de Cordon.</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Colours of the console</source>
        <translation>Couleurs de la console</translation>
    </message>
    <message>
        <source>Also under View → Appearance; takes effect when saved.</source>
        <translation>Aussi dans Affichage → Apparence ; prend effet à l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>A&amp;ppearance:</source>
        <translation>A&amp;pparence :</translation>
    </message>
</context>
<context>
    <name>cordon::gui::IdentityPane</name>
    <message>
        <source>Okta identity</source>
        <translation>Identité Okta</translation>
    </message>
    <message>
        <source>No incident selected.</source>
        <translation>Aucun incident sélectionné.</translation>
    </message>
    <message>
        <source>The feed names no user for this incident: there is no Okta identity to look up.</source>
        <translation>Le flux ne nomme aucun utilisateur pour cet incident : il n&apos;y a pas d&apos;identité Okta à rechercher.</translation>
    </message>
    <message>
        <source>%1 is not a person&apos;s account (%2): Cordon does not look it up in Okta.</source>
        <translation>%1 n&apos;est pas le compte d&apos;une personne (%2) : Cordon ne le recherche pas dans Okta.</translation>
    </message>
    <message>
        <source>never matched</source>
        <translation>jamais associé</translation>
    </message>
    <message>
        <source>objectSid %1</source>
        <translation>objectSid %1</translation>
    </message>
    <message>
        <source>login or UPN %1</source>
        <translation>identifiant ou UPN %1</translation>
    </message>
    <message>
        <source>samAccountName %1</source>
        <translation>samAccountName %1</translation>
    </message>
    <message>
        <source>Okta user for %1, looked up by %2.</source>
        <translation>Utilisateur Okta pour %1, recherché par %2.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>, then </source>
        <translation>, puis </translation>
    </message>
    <message>
        <source>Candidates are listed here, best first; a single exact match is chosen.</source>
        <translation>Les candidats figurent ici, les meilleurs en premier ; une correspondance exacte unique est retenue.</translation>
    </message>
    <message>
        <source>Candidates are listed here, best first; an analyst confirms the match.</source>
        <translation>Les candidats figurent ici, les meilleurs en premier ; un analyste confirme l&apos;association.</translation>
    </message>
</context>
<context>
    <name>cordon::gui::IncidentDetailPane</name>
    <message>
        <source>Incident details</source>
        <translation>Détails de l&apos;incident</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Select an incident in the list to see its details.</source>
        <translation>Sélectionnez un incident dans la liste pour voir ses détails.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Horodatages</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Endpoint user</source>
        <translation>Utilisateur du poste</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Interprété comme</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <source>Open the incident in the source console</source>
        <translation>Ouvrir l&apos;incident dans la console source</translation>
    </message>
    <message>
        <source> (feed says %1)</source>
        <translation> (selon le flux : %1)</translation>
    </message>
    <message>
        <source>, resolution: %1</source>
        <translation>, résolution : %1</translation>
    </message>
    <message>
        <source>No summary in the feed.</source>
        <translation>Aucun résumé dans le flux.</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Détecté</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Signalé</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Pris en compte</translation>
    </message>
    <message>
        <source>Remediated</source>
        <translation>Corrigé</translation>
    </message>
    <message>
        <source>No times in the feed.</source>
        <translation>Aucun horodatage dans le flux.</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>Hôte : %1</translation>
    </message>
    <message>
        <source>OS: %1</source>
        <translation>Système : %1</translation>
    </message>
    <message>
        <source>Endpoint id: %1</source>
        <translation>Identifiant du poste : %1</translation>
    </message>
    <message>
        <source>Addresses: %1</source>
        <translation>Adresses : %1</translation>
    </message>
    <message>
        <source>No user context</source>
        <translation>Aucun contexte utilisateur</translation>
    </message>
    <message>
        <source> from &lt;i&gt;%1&lt;/i&gt;</source>
        <translation> issu de &lt;i&gt;%1&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Form: %1</source>
        <translation>Forme : %1</translation>
    </message>
    <message>
        <source>Domain: %1</source>
        <translation>Domaine : %1</translation>
    </message>
    <message>
        <source>Username: %1</source>
        <translation>Nom d&apos;utilisateur : %1</translation>
    </message>
    <message>
        <source>UPN: %1</source>
        <translation>UPN : %1</translation>
    </message>
    <message>
        <source>SID: %1</source>
        <translation>SID : %1</translation>
    </message>
    <message>
        <source>Principal: %1</source>
        <translation>Principal : %1</translation>
    </message>
    <message>
        <source>Match: %1</source>
        <translation>Association : %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Raison : %1</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>identifiant %1</translation>
    </message>
    <message>
        <source>Open in %1</source>
        <translation>Ouvrir dans %1</translation>
    </message>
    <message>
        <source>the source console</source>
        <translation>la console source</translation>
    </message>
    <message>
        <source>No console link in the feed.</source>
        <translation>Aucun lien de console dans le flux.</translation>
    </message>
    <message>
        <source>DOMAIN\user</source>
        <translation>DOMAINE\utilisateur</translation>
    </message>
    <message>
        <source>user principal name (name@suffix)</source>
        <translation>nom d&apos;utilisateur principal (nom@suffixe)</translation>
    </message>
    <message>
        <source>security identifier (SID)</source>
        <translation>identificateur de sécurité (SID)</translation>
    </message>
    <message>
        <source>short name without a domain</source>
        <translation>nom court sans domaine</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>a person&apos;s account</source>
        <translation>le compte d&apos;une personne</translation>
    </message>
    <message>
        <source>an Entra ID name</source>
        <translation>un nom Entra ID</translation>
    </message>
    <message>
        <source>a local account on the endpoint</source>
        <translation>un compte local du poste</translation>
    </message>
    <message>
        <source>a service or built-in account</source>
        <translation>un compte de service ou intégré</translation>
    </message>
    <message>
        <source>a system identity</source>
        <translation>une identité système</translation>
    </message>
    <message>
        <source>a computer account</source>
        <translation>un compte d&apos;ordinateur</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>may be matched to an Okta user automatically</source>
        <translation>peut être associé automatiquement à un utilisateur Okta</translation>
    </message>
    <message>
        <source>candidates only; an analyst confirms</source>
        <translation>candidats seulement ; un analyste confirme</translation>
    </message>
    <message>
        <source>never matched to an Okta user</source>
        <translation>jamais associé à un utilisateur Okta</translation>
    </message>
    <message>
        <source>Who holds the incident</source>
        <translation>Qui a pris l&apos;incident</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Rendre</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Prendre</translation>
    </message>
    <message>
        <source>Let go of the incident</source>
        <translation>Rendre l&apos;incident</translation>
    </message>
    <message>
        <source>Take the incident</source>
        <translation>Prendre l&apos;incident</translation>
    </message>
</context>
<context>
    <name>cordon::gui::IncidentFilterModel</name>
    <message>
        <source>Held by %1</source>
        <translation>Pris par %1</translation>
    </message>
</context>
<context>
    <name>cordon::gui::LinkOpener</name>
    <message>
        <source>Link refused: %1</source>
        <translation>Lien refusé : %1</translation>
    </message>
    <message>
        <source>Incident %1 is not in the list.</source>
        <translation>L&apos;incident %1 n&apos;est pas dans la liste.</translation>
    </message>
</context>
<context>
    <name>cordon::gui::MainWindow</name>
    <message>
        <source>Cordon</source>
        <translation>Cordon</translation>
    </message>
    <message>
        <source>DEMO: simulated Okta org on this computer; nothing leaves it</source>
        <translation>DÉMO : organisation Okta simulée sur cet ordinateur ; rien n&apos;en sort</translation>
    </message>
    <message>
        <source>Incidents by state</source>
        <translation>Incidents par état</translation>
    </message>
    <message>
        <source>Filter: host, user, title, state… (Ctrl+F)</source>
        <translation>Filtre : hôte, utilisateur, titre, état… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter incidents</source>
        <translation>Filtrer les incidents</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Okta org</source>
        <translation>Organisation Okta</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Okta rate limit left</source>
        <translation>Limite de débit Okta restante</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open feed file…</source>
        <translation>&amp;Ouvrir un fichier de flux…</translation>
    </message>
    <message>
        <source>Open an incident feed</source>
        <translation>Ouvrir un flux d&apos;incidents</translation>
    </message>
    <message>
        <source>Incident feeds (*.json *.ndjson *.jsonl);;All files (*)</source>
        <translation>Flux d&apos;incidents (*.json *.ndjson *.jsonl);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Playbooks and notifications…</source>
        <translation>&amp;Playbooks et notifications…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Filter incidents</source>
        <translation>&amp;Filtrer les incidents</translation>
    </message>
    <message>
        <source>Incident &amp;list</source>
        <translation>&amp;Liste des incidents</translation>
    </message>
    <message>
        <source>&amp;Most urgent first</source>
        <translation>Les plus &amp;urgents d&apos;abord</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Journal d&apos;audit…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Cordon</source>
        <translation>À &amp;propos de Cordon</translation>
    </message>
    <message>
        <source>About Cordon</source>
        <translation>À propos de Cordon</translation>
    </message>
    <message>
        <source>Cordon %1
Contains the Okta identity behind a compromised endpoint.</source>
        <translation>Cordon %1
Confine l&apos;identité Okta derrière un poste compromis.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>The database is not open, so there is no audit log to show.</source>
        <translation>La base de données n&apos;est pas ouverte : il n&apos;y a donc pas de journal d&apos;audit à afficher.</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Partly failed</source>
        <translation>Échec partiel</translation>
    </message>
    <message>
        <source>Contained</source>
        <translation>Confiné</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Libéré</translation>
    </message>
    <message numerus="yes">
        <source>%n critical open</source>
        <translation>
            <numerusform>%n critique ouvert</numerusform>
            <numerusform>%n critiques ouverts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n high open</source>
        <translation>
            <numerusform>%n élevé ouvert</numerusform>
            <numerusform>%n élevés ouverts</numerusform>
        </translation>
    </message>
    <message>
        <source>No critical or high incident open</source>
        <translation>Aucun incident critique ou élevé ouvert</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n ouvert</numerusform>
            <numerusform>%n ouverts</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation>%1 nouveau(x)</translation>
    </message>
    <message>
        <source>%1 in progress</source>
        <translation>%1 en cours</translation>
    </message>
    <message>
        <source>%1 resolved</source>
        <translation>%1 résolu(s)</translation>
    </message>
    <message>
        <source>%1 suppressed</source>
        <translation>%1 masqué(s)</translation>
    </message>
    <message>
        <source>%1 state unknown</source>
        <translation>%1 état inconnu</translation>
    </message>
    <message>
        <source>Cordon (demo)</source>
        <translation>Cordon (démo)</translation>
    </message>
    <message>
        <source>No Okta org configured</source>
        <translation>Aucune organisation Okta configurée</translation>
    </message>
    <message>
        <source>Okta org: %1</source>
        <translation>Organisation Okta : %1</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>Okta budget left: %1</source>
        <translation>Budget Okta restant : %1</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Mode démo</translation>
    </message>
    <message>
        <source>Urgent incidents open</source>
        <translation>Incidents urgents ouverts</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Incident &amp;details</source>
        <translation>&amp;Détails de l’incident</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) listed</source>
        <translation>
            <numerusform>%n incident listé</numerusform>
            <numerusform>%n incidents listés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed source(s) set</source>
        <translation>
            <numerusform>%n source de flux configurée</numerusform>
            <numerusform>%n sources de flux configurées</numerusform>
        </translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>la base de données n&apos;est pas ouverte</translation>
    </message>
    <message>
        <source>The incident&apos;s details could not be read: %1</source>
        <translation>Les détails de l&apos;incident n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>&amp;Incident</translation>
    </message>
    <message>
        <source>&amp;Take incident</source>
        <translation>&amp;Prendre l&apos;incident</translation>
    </message>
    <message>
        <source>&amp;Let go of incident</source>
        <translation>&amp;Rendre l&apos;incident</translation>
    </message>
    <message>
        <source>You hold this incident.</source>
        <translation>Vous avez pris cet incident.</translation>
    </message>
    <message>
        <source>You let go of this incident.</source>
        <translation>Vous avez rendu cet incident.</translation>
    </message>
    <message>
        <source>Nobody holds this incident.</source>
        <translation>Personne n&apos;a pris cet incident.</translation>
    </message>
    <message>
        <source>You hold this incident (since %1).</source>
        <translation>Vous avez pris cet incident (depuis %1).</translation>
    </message>
    <message>
        <source>Held by %1.</source>
        <translation>Pris par %1.</translation>
    </message>
    <message>
        <source>Containment of this user running: %1.</source>
        <translation>Confinement de cet utilisateur en cours : %1.</translation>
    </message>
</context>
<context>
    <name>cordon::gui::NotificationCenter</name>
    <message>
        <source>Cordon</source>
        <translation>Cordon</translation>
    </message>
</context>
<context>
    <name>cordon::gui::NotificationsPage</name>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>When an incident needs approval or a playbook ran by itself, Cordon shows a tray message and can post to a Slack or Microsoft Teams incoming webhook.</source>
        <translation>Quand un incident requiert une approbation ou qu&apos;un playbook s&apos;est exécuté de lui-même, Cordon affiche un message dans la zone de notification et peut publier vers un webhook entrant Slack ou Microsoft Teams.</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL du webhook</translation>
    </message>
    <message>
        <source>Paste an https:// webhook URL to replace the stored one</source>
        <translation>Collez une URL de webhook https:// pour remplacer celle enregistrée</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>Remove the stored webhook URL</source>
        <translation>Supprimer l&apos;URL de webhook enregistrée</translation>
    </message>
    <message>
        <source>Send a &amp;test</source>
        <translation>Envoyer un &amp;test</translation>
    </message>
    <message>
        <source>Send a test notification to the webhook</source>
        <translation>Envoyer une notification de test au webhook</translation>
    </message>
    <message>
        <source>&amp;Webhook URL:</source>
        <translation>URL du &amp;webhook :</translation>
    </message>
    <message>
        <source>Where the webhook URL is stored</source>
        <translation>Où l&apos;URL du webhook est enregistrée</translation>
    </message>
    <message>
        <source>Result of the test notification</source>
        <translation>Résultat de la notification de test</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>The playbooks are saved, but the webhook URL could not be stored in %1: %2</source>
        <translation>Les playbooks sont enregistrés, mais l&apos;URL du webhook n&apos;a pas pu être stockée dans %1 : %2</translation>
    </message>
    <message>
        <source>The settings refused the webhook&apos;s id.</source>
        <translation>Les paramètres ont refusé l&apos;identifiant du webhook.</translation>
    </message>
    <message>
        <source>The playbooks are saved, but the webhook URL could not be removed from %1: %2</source>
        <translation>Les playbooks sont enregistrés, mais l&apos;URL du webhook n&apos;a pas pu être supprimée de %1 : %2</translation>
    </message>
    <message>
        <source>Stored in %1 when you save.</source>
        <translation>Sera stockée dans %1 à l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Removed from %1 when you save.</source>
        <translation>Sera supprimée de %1 à l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>None: notifications appear in the system tray only.</source>
        <translation>Aucune : les notifications n&apos;apparaissent que dans la zone de notification.</translation>
    </message>
    <message>
        <source>Stored in %1.</source>
        <translation>Stockée dans %1.</translation>
    </message>
    <message>
        <source>Not stored in %1: paste the URL again.</source>
        <translation>Non stockée dans %1 : collez de nouveau l&apos;URL.</translation>
    </message>
    <message>
        <source>Not readable: %1</source>
        <translation>Illisible : %1</translation>
    </message>
    <message>
        <source>Paste a webhook URL first.</source>
        <translation>Collez d&apos;abord une URL de webhook.</translation>
    </message>
    <message>
        <source>Delivered: the webhook accepted the test notification.</source>
        <translation>Remise : le webhook a accepté la notification de test.</translation>
    </message>
    <message>
        <source>Not delivered: %1.</source>
        <translation>Non remise : %1.</translation>
    </message>
    <message>
        <source>this channel</source>
        <translation>ce canal</translation>
    </message>
    <message>
        <source>none (a test)</source>
        <translation>aucun (un test)</translation>
    </message>
    <message>
        <source>A test from Cordon</source>
        <translation>Un test de Cordon</translation>
    </message>
    <message>
        <source>Cordon&apos;s playbook settings sent this test; nothing was done to anyone.</source>
        <translation>Les paramètres de playbooks de Cordon ont envoyé ce test ; rien n&apos;a été fait à personne.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
</context>
<context>
    <name>cordon::gui::OktaPage</name>
    <message>
        <source>Okta org URL</source>
        <translation>URL de l&apos;organisation Okta</translation>
    </message>
    <message>
        <source>acme.okta.com</source>
        <translation>acme.okta.com</translation>
    </message>
    <message>
        <source>Org &amp;URL:</source>
        <translation>&amp;URL de l&apos;organisation :</translation>
    </message>
    <message>
        <source>Okta API token</source>
        <translation>Jeton d&apos;API Okta</translation>
    </message>
    <message>
        <source>Paste a new token to replace the stored one</source>
        <translation>Collez un nouveau jeton pour remplacer celui enregistré</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>&amp;Jeton d&apos;API :</translation>
    </message>
    <message>
        <source>Test the connection to Okta</source>
        <translation>Tester la connexion à Okta</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Résultat :</translation>
    </message>
    <message>
        <source>Custom domain</source>
        <translation>Domaine personnalisé</translation>
    </message>
    <message>
        <source>%1 is not an Okta address. Is it your Okta org&apos;s custom URL domain? Cordon will send the API token to it.</source>
        <translation>%1 n&apos;est pas une adresse Okta. Est-ce le domaine d&apos;URL personnalisé de votre organisation Okta ? Cordon y enverra le jeton d&apos;API.</translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Trousseau</translation>
    </message>
    <message>
        <source>The API token could not be stored in %1: %2</source>
        <translation>Le jeton d&apos;API n&apos;a pas pu être stocké dans %1 : %2</translation>
    </message>
    <message>
        <source>Stored in %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>Not readable: %1</source>
        <translation>Illisible : %1</translation>
    </message>
    <message>
        <source>Enter a valid org URL first.</source>
        <translation>Saisissez d&apos;abord une URL d&apos;organisation valide.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>No token: paste the API token, then test again.</source>
        <translation>Aucun jeton : collez le jeton d&apos;API, puis testez de nouveau.</translation>
    </message>
    <message>
        <source>Okta refused the token: it is wrong, expired or revoked.</source>
        <translation>Okta a refusé le jeton : il est erroné, expiré ou révoqué.</translation>
    </message>
    <message>
        <source>Cordon could not reach Okta.</source>
        <translation>Cordon n&apos;a pas pu joindre Okta.</translation>
    </message>
    <message>
        <source>Connected as &lt;b&gt;%1&lt;/b&gt; (%2).</source>
        <translation>Connecté en tant que &lt;b&gt;%1&lt;/b&gt; (%2).</translation>
    </message>
    <message>
        <source>Its admin roles could not be read: %1</source>
        <translation>Ses rôles d&apos;administrateur n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>Admin roles: %1</source>
        <translation>Rôles d&apos;administrateur : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>clear sessions and tokens</source>
        <translation>effacer les sessions et les jetons</translation>
    </message>
    <message>
        <source>suspend and unsuspend</source>
        <translation>suspendre et annuler la suspension</translation>
    </message>
    <message>
        <source>change group membership</source>
        <translation>modifier l&apos;appartenance aux groupes</translation>
    </message>
    <message>
        <source>Cordon may: %1</source>
        <translation>Cordon peut : %1</translation>
    </message>
    <message>
        <source>none of the containment actions</source>
        <translation>aucune des actions de confinement</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>Tester la co&amp;nnexion</translation>
    </message>
    <message>
        <source>Find a user</source>
        <translation>Trouver un utilisateur</translation>
    </message>
    <message>
        <source>Read admin roles</source>
        <translation>Lire les rôles d&apos;administrateur</translation>
    </message>
    <message>
        <source>Read the user schema</source>
        <translation>Lire le schéma utilisateur</translation>
    </message>
    <message>
        <source>Find a group</source>
        <translation>Trouver un groupe</translation>
    </message>
    <message>
        <source>Clear sessions</source>
        <translation>Effacer les sessions</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Unsuspend</source>
        <translation>Annuler la suspension</translation>
    </message>
    <message>
        <source>Add to a group</source>
        <translation>Ajouter à un groupe</translation>
    </message>
    <message>
        <source>Remove from a group</source>
        <translation>Retirer d&apos;un groupe</translation>
    </message>
    <message>
        <source>How Cordon signs in to Okta</source>
        <translation>Comment Cordon se connecte à Okta</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Jeton d&apos;API</translation>
    </message>
    <message>
        <source>OAuth service app</source>
        <translation>Application de service OAuth</translation>
    </message>
    <message>
        <source>A service app&apos;s token carries only the scopes it was granted and is bound to a key that never leaves Cordon; Okta recommends it over an API token.</source>
        <translation>Le jeton d&apos;une application de service ne porte que les portées qui lui ont été accordées et est lié à une clé qui ne quitte jamais Cordon ; Okta le recommande plutôt qu&apos;un jeton d&apos;API.</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>Se connecter a&amp;vec :</translation>
    </message>
    <message>
        <source>The service app&apos;s client id</source>
        <translation>L&apos;identifiant client de l&apos;application de service</translation>
    </message>
    <message>
        <source>0oa1b2c3d4e5f6g7h8i9</source>
        <translation>0oa1b2c3d4e5f6g7h8i9</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;Identifiant client :</translation>
    </message>
    <message>
        <source>&amp;Make a key pair</source>
        <translation>Créer une &amp;paire de clés</translation>
    </message>
    <message>
        <source>Make a key pair for the service app</source>
        <translation>Créer une paire de clés pour l&apos;application de service</translation>
    </message>
    <message>
        <source>Co&amp;py public key</source>
        <translation>Copier la clé pu&amp;blique</translation>
    </message>
    <message>
        <source>Copy the public key</source>
        <translation>Copier la clé publique</translation>
    </message>
    <message>
        <source>Key pair:</source>
        <translation>Paire de clés :</translation>
    </message>
    <message>
        <source>The public key to add to the Okta app</source>
        <translation>La clé publique à ajouter à l&apos;application Okta</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>Clé publique :</translation>
    </message>
    <message>
        <source>In Okta, add the public key on the app&apos;s General tab (client authentication &quot;Public key / Private key&quot;, DPoP required) and grant on its Okta API Scopes tab: %1</source>
        <translation>Dans Okta, ajoutez la clé publique dans l&apos;onglet « General » de l&apos;application (authentification client « Public key / Private key », DPoP requis) et accordez dans son onglet « Okta API Scopes » : %1</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Portées :</translation>
    </message>
    <message>
        <source>The scopes Cordon asks for</source>
        <translation>Les portées que Cordon demande</translation>
    </message>
    <message>
        <source>Okta refuses a token that asks for a scope the app was not granted: list only those granted. An action that needs another scope is turned off.</source>
        <translation>Okta refuse un jeton qui demande une portée non accordée à l&apos;application : n&apos;indiquez que celles accordées. Une action qui a besoin d&apos;une autre portée est désactivée.</translation>
    </message>
    <message>
        <source>Scopes to as&amp;k for:</source>
        <translation>Portées &amp;demandées :</translation>
    </message>
    <message>
        <source>Enter the service app&apos;s client id.</source>
        <translation>Saisissez l&apos;identifiant client de l&apos;application de service.</translation>
    </message>
    <message>
        <source>Make a key pair for the service app first.</source>
        <translation>Créez d&apos;abord une paire de clés pour l&apos;application de service.</translation>
    </message>
    <message>
        <source>New key pair</source>
        <translation>Nouvelle paire de clés</translation>
    </message>
    <message>
        <source>The key pair Cordon has now stops working once you save: the public key registered with the app in Okta must then be replaced by the new one. Make a new key pair?</source>
        <translation>La paire de clés actuelle de Cordon cesse de fonctionner dès l&apos;enregistrement : la clé publique enregistrée pour l&apos;application dans Okta doit alors être remplacée par la nouvelle. Créer une nouvelle paire de clés ?</translation>
    </message>
    <message>
        <source>No key pair could be made.</source>
        <translation>Aucune paire de clés n&apos;a pu être créée.</translation>
    </message>
    <message>
        <source>New key pair (key id %1): its private key replaces the stored one when you save. Replace the public key registered in Okta with this one.</source>
        <translation>Nouvelle paire de clés (identifiant %1) : sa clé privée remplace celle enregistrée lors de l&apos;enregistrement. Remplacez la clé publique enregistrée dans Okta par celle-ci.</translation>
    </message>
    <message>
        <source>New key pair (key id %1): its private key goes to %2 when you save. Add this public key to the app in Okta.</source>
        <translation>Nouvelle paire de clés (identifiant %1) : sa clé privée va dans %2 lors de l&apos;enregistrement. Ajoutez cette clé publique à l&apos;application dans Okta.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>The service app&apos;s settings could not be written.</source>
        <translation>Les paramètres de l&apos;application de service n&apos;ont pas pu être écrits.</translation>
    </message>
    <message>
        <source>The service app&apos;s private key could not be stored in %1: %2</source>
        <translation>La clé privée de l&apos;application de service n&apos;a pas pu être enregistrée dans %1 : %2</translation>
    </message>
    <message>
        <source>Stored in %1 (key id %2)</source>
        <translation>Enregistrée dans %1 (identifiant %2)</translation>
    </message>
    <message>
        <source>No key pair</source>
        <translation>Aucune paire de clés</translation>
    </message>
    <message>
        <source>No key pair: make one, then add its public key to the app in Okta.</source>
        <translation>Aucune paire de clés : créez-en une, puis ajoutez sa clé publique à l&apos;application dans Okta.</translation>
    </message>
    <message>
        <source>The stored private key cannot be used: %1</source>
        <translation>La clé privée enregistrée est inutilisable : %1</translation>
    </message>
    <message>
        <source>No key pair is stored for the service app: make one.</source>
        <translation>Aucune paire de clés n&apos;est enregistrée pour l&apos;application de service : créez-en une.</translation>
    </message>
    <message>
        <source>Okta refused the service app: check its client id, its public key and its scopes in Okta.</source>
        <translation>Okta a refusé l&apos;application de service : vérifiez dans Okta son identifiant client, sa clé publique et ses portées.</translation>
    </message>
    <message>
        <source>Connected as service app &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Connecté en tant qu&apos;application de service &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Scopes granted: %1</source>
        <translation>Portées accordées : %1</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 nécessite %2</translation>
    </message>
    <message>
        <source>%1: granted</source>
        <translation>%1 : accordé</translation>
    </message>
    <message>
        <source>%1: not granted %2</source>
        <translation>%1 : non accordé %2</translation>
    </message>
    <message>
        <source>Set user risk (optional)</source>
        <translation>Fixer le risque utilisateur (facultatif)</translation>
    </message>
    <message>
        <source>Universal Logout (optional)</source>
        <translation>Universal Logout (facultatif)</translation>
    </message>
    <message>
        <source>Remove recent MFA factors (optional)</source>
        <translation>Retirer les facteurs MFA récents (facultatif)</translation>
    </message>
    <message>
        <source>Reset MFA factors (optional)</source>
        <translation>Réinitialiser les facteurs MFA (facultatif)</translation>
    </message>
    <message>
        <source>Expire password (optional)</source>
        <translation>Faire expirer le mot de passe (facultatif)</translation>
    </message>
    <message>
        <source>%1: unavailable without %2</source>
        <translation>%1 : indisponible sans %2</translation>
    </message>
</context>
<context>
    <name>cordon::gui::PlaybookDialog</name>
    <message>
        <source>Playbooks</source>
        <translation>Playbooks</translation>
    </message>
    <message>
        <source>Playbooks and notifications</source>
        <translation>Playbooks et notifications</translation>
    </message>
    <message>
        <source>What happened last</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <source>Save the playbooks and the webhook</source>
        <translation>Enregistrer les playbooks et le webhook</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <source>The stored playbooks do not read (%1); these are the defaults.</source>
        <translation>Les playbooks enregistrés sont illisibles (%1) ; voici les valeurs par défaut.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add a playbook</source>
        <translation>Ajouter un playbook</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>Duplicate the selected playbook</source>
        <translation>Dupliquer le playbook sélectionné</translation>
    </message>
    <message>
        <source>Remove the selected playbook</source>
        <translation>Supprimer le playbook sélectionné</translation>
    </message>
    <message>
        <source>Restore de&amp;faults</source>
        <translation>Rétablir les valeurs par dé&amp;faut</translation>
    </message>
    <message>
        <source>Replace the playbooks with the defaults</source>
        <translation>Remplacer les playbooks par les valeurs par défaut</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import playbooks from a JSON file</source>
        <translation>Importer des playbooks depuis un fichier JSON</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export the playbooks to a JSON file</source>
        <translation>Exporter les playbooks dans un fichier JSON</translation>
    </message>
    <message>
        <source>New playbook</source>
        <translation>Nouveau playbook</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>The copy starts disabled.</source>
        <translation>La copie est d&apos;abord désactivée.</translation>
    </message>
    <message>
        <source>Removed “%1”; Save to keep the change.</source>
        <translation>« %1 » supprimé ; enregistrez pour conserver la modification.</translation>
    </message>
    <message>
        <source>The default playbooks are back; Save to keep them.</source>
        <translation>Les playbooks par défaut sont rétablis ; enregistrez pour les conserver.</translation>
    </message>
    <message>
        <source>Import playbooks</source>
        <translation>Importer des playbooks</translation>
    </message>
    <message>
        <source>Playbooks (*.json);;All files (*)</source>
        <translation>Playbooks (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 est illisible : %2</translation>
    </message>
    <message>
        <source>%1 is too large for a playbook file.</source>
        <translation>%1 est trop volumineux pour un fichier de playbooks.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Rien n&apos;a été importé depuis %1 : %2</translation>
    </message>
    <message>
        <source>it holds no playbooks</source>
        <translation>il ne contient aucun playbook</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n playbook(s) from %1; Save to keep them.</source>
        <translation>
            <numerusform>%n playbook importé depuis %1 ; enregistrez pour le conserver.</numerusform>
            <numerusform>%n playbooks importés depuis %1 ; enregistrez pour les conserver.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export playbooks</source>
        <translation>Exporter les playbooks</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n playbook(s) to %1.</source>
        <translation>
            <numerusform>%n playbook exporté vers %1.</numerusform>
            <numerusform>%n playbooks exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep at least one playbook. Restore the defaults to start again from Contain and Release.</source>
        <translation>Conservez au moins un playbook. Rétablissez les valeurs par défaut pour repartir de Confiner et Libérer.</translation>
    </message>
    <message>
        <source>The playbook in row %1</source>
        <translation>Le playbook de la ligne %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>%1 cannot be saved: %2.</source>
        <translation>%1 ne peut pas être enregistré : %2.</translation>
    </message>
    <message>
        <source>Save playbooks</source>
        <translation>Enregistrer les playbooks</translation>
    </message>
    <message>
        <source>The playbooks were not saved: %1.</source>
        <translation>Les playbooks n&apos;ont pas été enregistrés : %1.</translation>
    </message>
    <message>
        <source>Playbooks saved.</source>
        <translation>Playbooks enregistrés.</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Supprim&amp;er</translation>
    </message>
</context>
<context>
    <name>cordon::gui::PlaybookEditor</name>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <source>Playbook name</source>
        <translation>Nom du playbook</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>A&amp;ctivé</translation>
    </message>
    <message>
        <source>Playbook enabled</source>
        <translation>Playbook activé</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>When the playbook runs</source>
        <translation>Quand le playbook s&apos;exécute</translation>
    </message>
    <message>
        <source>When the analyst starts it</source>
        <translation>Quand l&apos;analyste le lance</translation>
    </message>
    <message>
        <source>When a threat is identified</source>
        <translation>Quand une menace est identifiée</translation>
    </message>
    <message>
        <source>When a threat is remediated</source>
        <translation>Quand une menace est corrigée</translation>
    </message>
    <message>
        <source>&amp;Runs:</source>
        <translation>&amp;Exécution :</translation>
    </message>
    <message>
        <source>Minimum severity</source>
        <translation>Gravité minimale</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Toute gravité</translation>
    </message>
    <message>
        <source>Informational or higher</source>
        <translation>Informative ou plus</translation>
    </message>
    <message>
        <source>Low or higher</source>
        <translation>Faible ou plus</translation>
    </message>
    <message>
        <source>Medium or higher</source>
        <translation>Moyenne ou plus</translation>
    </message>
    <message>
        <source>High or higher</source>
        <translation>Élevée ou plus</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Critique uniquement</translation>
    </message>
    <message>
        <source>Minimum &amp;severity:</source>
        <translation>&amp;Gravité minimale :</translation>
    </message>
    <message>
        <source>Feed sources the playbook runs for; none checked means every source</source>
        <translation>Sources de flux pour lesquelles le playbook s&apos;exécute ; aucune cochée signifie toutes les sources</translation>
    </message>
    <message>
        <source>None checked: incidents from every source.</source>
        <translation>Aucune cochée : incidents de toutes les sources.</translation>
    </message>
    <message>
        <source>S&amp;ources:</source>
        <translation>S&amp;ources :</translation>
    </message>
    <message>
        <source>Contain</source>
        <translation>Confiner</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Libérer</translation>
    </message>
    <message>
        <source>Clear sessions and OAuth tokens</source>
        <translation>Effacer les sessions et les jetons OAuth</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Add to the restricted group</source>
        <translation>Ajouter au groupe restreint</translation>
    </message>
    <message>
        <source>Add to group:</source>
        <translation>Ajouter au groupe :</translation>
    </message>
    <message>
        <source>Unsuspend</source>
        <translation>Annuler la suspension</translation>
    </message>
    <message>
        <source>Remove from the restricted group</source>
        <translation>Retirer du groupe restreint</translation>
    </message>
    <message>
        <source>Remove from group:</source>
        <translation>Retirer du groupe :</translation>
    </message>
    <message>
        <source>Okta group to add the user to, by name or id</source>
        <translation>Groupe Okta auquel ajouter l&apos;utilisateur, par nom ou identifiant</translation>
    </message>
    <message>
        <source>Group name or id</source>
        <translation>Nom ou identifiant du groupe</translation>
    </message>
    <message>
        <source>Okta group to remove the user from, by name or id</source>
        <translation>Groupe Okta dont retirer l&apos;utilisateur, par nom ou identifiant</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Actions :</translation>
    </message>
    <message>
        <source>As&amp;k the analyst first</source>
        <translation>De&amp;mander d&apos;abord à l&apos;analyste</translation>
    </message>
    <message>
        <source>Ask the analyst before running</source>
        <translation>Demander à l&apos;analyste avant l&apos;exécution</translation>
    </message>
    <message>
        <source>Run a&amp;utomatically</source>
        <translation>Exécuter a&amp;utomatiquement</translation>
    </message>
    <message>
        <source>Run automatically</source>
        <translation>Exécuter automatiquement</translation>
    </message>
    <message>
        <source>When a playbook runs by itself</source>
        <translation>Quand un playbook s&apos;exécute de lui-même</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Mode :</translation>
    </message>
    <message>
        <source>Why the playbook cannot be saved</source>
        <translation>Pourquoi le playbook ne peut pas être enregistré</translation>
    </message>
    <message>
        <source>type the group to add the user to, or uncheck “Add to group”</source>
        <translation>saisissez le groupe auquel ajouter l&apos;utilisateur, ou décochez « Ajouter au groupe »</translation>
    </message>
    <message>
        <source>type the group to remove the user from, or uncheck “Remove from group”</source>
        <translation>saisissez le groupe dont retirer l&apos;utilisateur, ou décochez « Retirer du groupe »</translation>
    </message>
    <message>
        <source>A manual playbook runs when the analyst starts it from the console.</source>
        <translation>Un playbook manuel s&apos;exécute quand l&apos;analyste le lance depuis la console.</translation>
    </message>
    <message>
        <source>Automatic runs only when the endpoint identity matches exactly one Okta user, every guardrail passes, and never on an admin; otherwise Cordon asks.</source>
        <translation>L&apos;exécution automatique n&apos;a lieu que si l&apos;identité du poste correspond à exactement un utilisateur Okta, que chaque garde-fou est respecté, et jamais sur un administrateur ; sinon Cordon demande.</translation>
    </message>
    <message>
        <source>This playbook cannot be saved: %1.</source>
        <translation>Ce playbook ne peut pas être enregistré : %1.</translation>
    </message>
    <message>
        <source>%1 (unavailable: %2)</source>
        <translation>%1 (indisponible : %2)</translation>
    </message>
</context>
<context>
    <name>cordon::gui::PlaybookListModel</name>
    <message>
        <source>Disabled: this playbook never runs</source>
        <translation>Désactivé : ce playbook ne s&apos;exécute jamais</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Manually</source>
        <translation>Manuellement</translation>
    </message>
    <message>
        <source>Threat identified</source>
        <translation>Menace identifiée</translation>
    </message>
    <message>
        <source>Threat remediated</source>
        <translation>Menace corrigée</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Demander</translation>
    </message>
    <message>
        <source>%1
Disabled: this playbook never runs</source>
        <translation>%1
Désactivé : ce playbook ne s&apos;exécute jamais</translation>
    </message>
</context>
<context>
    <name>cordon::gui::SettingsDialog</name>
    <message>
        <source>Cordon settings</source>
        <translation>Paramètres de Cordon</translation>
    </message>
    <message>
        <source>&amp;Okta</source>
        <translation>&amp;Okta</translation>
    </message>
    <message>
        <source>&amp;Containment</source>
        <translation>&amp;Confinement</translation>
    </message>
    <message>
        <source>&amp;Feeds</source>
        <translation>&amp;Flux</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Some settings were refused because they look like a secret. Secrets belong in the token field, which stores them in the keychain.</source>
        <translation>Certains paramètres ont été refusés parce qu&apos;ils ressemblent à un secret. Les secrets vont dans le champ du jeton, qui les conserve dans le trousseau.</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>Enter the org URL the API token belongs to.</source>
        <translation>Saisissez l’URL de l’org à laquelle appartient le jeton d’API.</translation>
    </message>
    <message>
        <source>Enter the org URL the service app belongs to.</source>
        <translation>Saisissez l&apos;URL de l&apos;organisation à laquelle appartient l&apos;application de service.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
</context>
<context>
    <name>cordon::gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>cordon::gui::TeamClaims</name>
    <message>
        <source>The database is not open.</source>
        <translation>La base de données n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>%1 holds this incident.</source>
        <translation>%1 a pris cet incident.</translation>
    </message>
    <message>
        <source>The incident could not be taken: %1</source>
        <translation>L&apos;incident n&apos;a pas pu être pris : %1</translation>
    </message>
    <message>
        <source>The incident could not be let go: %1</source>
        <translation>L&apos;incident n&apos;a pas pu être rendu : %1</translation>
    </message>
</context>
<context>
    <name>cordon::gui::TimelineView</name>
    <message>
        <source>Incident timeline</source>
        <translation>Chronologie de l&apos;incident</translation>
    </message>
    <message>
        <source>Timeline of %1</source>
        <translation>Chronologie de %1</translation>
    </message>
    <message>
        <source>No incident selected.</source>
        <translation>Aucun incident sélectionné.</translation>
    </message>
</context>
<context>
    <name>cordon::gui::WelcomePage</name>
    <message>
        <source>Getting started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>Getting started with Cordon</source>
        <translation>Premiers pas avec Cordon</translation>
    </message>
    <message>
        <source>Cordon lists the incidents your EDR or MDR reports, finds the Okta user behind each endpoint, and contains them with one click. Two steps set it up; the demo shows it first, against a simulated Okta org, with nothing leaving this computer.</source>
        <translation>Cordon liste les incidents que votre EDR ou MDR signale, trouve l’utilisateur Okta derrière chaque poste et le confine en un clic. Deux étapes suffisent pour le configurer ; la démo le montre d’abord, sur une org Okta simulée, sans que rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>Connect Okta…</source>
        <translation>Connecter Okta…</translation>
    </message>
    <message>
        <source>Connect your Okta org</source>
        <translation>Connecter votre org Okta</translation>
    </message>
    <message>
        <source>The org&apos;s address and an API token; the token is kept in the system&apos;s keychain, never in a file.</source>
        <translation>L’adresse de l’org et un jeton d’API ; le jeton est gardé dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Open a feed file…</source>
        <translation>Ouvrir un fichier de flux…</translation>
    </message>
    <message>
        <source>Add an HTTPS source…</source>
        <translation>Ajouter une source HTTPS…</translation>
    </message>
    <message>
        <source>Add a feed of incidents</source>
        <translation>Ajouter un flux d’incidents</translation>
    </message>
    <message>
        <source>OCSF Detection Findings, Red Canary detections or NDJSON: a file, or an HTTPS source Cordon polls.</source>
        <translation>OCSF Detection Findings, détections Red Canary ou NDJSON : un fichier, ou une source HTTPS que Cordon interroge.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Essayer la démo</translation>
    </message>
    <message>
        <source>Or try the demo first</source>
        <translation>Ou essayer d’abord la démo</translation>
    </message>
    <message>
        <source>A second window with a simulated Okta org and a sample feed, in folders of its own: nothing of it reaches your settings or your keychain.</source>
        <translation>Une seconde fenêtre avec une org Okta simulée et un flux d’exemple, dans ses propres dossiers : rien n’en atteint vos réglages ni votre trousseau.</translation>
    </message>
    <message>
        <source>Show the incident list</source>
        <translation>Afficher la liste des incidents</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Fait</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Opened in a window of its own</source>
        <translation>Ouverte dans une fenêtre à part</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Contain the Okta identity behind a compromised endpoint.</source>
        <translation>Confiner l&apos;identité Okta derrière un poste compromis.</translation>
    </message>
    <message>
        <source>Run against a simulated Okta org on this computer, with a sample feed.</source>
        <translation>S&apos;exécuter sur une organisation Okta simulée sur cet ordinateur, avec un flux d&apos;exemple.</translation>
    </message>
    <message>
        <source>Save a picture of the window and quit.</source>
        <translation>Enregistrer une image de la fenêtre et quitter.</translation>
    </message>
    <message>
        <source>Save a picture of the settings dialog and quit.</source>
        <translation>Enregistrer une image de la boîte de dialogue des paramètres et quitter.</translation>
    </message>
    <message>
        <source>Link refused: %1</source>
        <translation>Lien refusé : %1</translation>
    </message>
    <message>
        <source>Show the console in this language (en, de, fr), whatever the system&apos;s.</source>
        <translation>Afficher la console dans cette langue (en, de, fr), quelle que soit celle du système.</translation>
    </message>
    <message>
        <source>A cordon://incident/&lt;id&gt; link to open.</source>
        <translation>Un lien cordon://incident/&lt;id&gt; à ouvrir.</translation>
    </message>
    <message>
        <source>Later starts cannot reach this console: %1</source>
        <translation>Les démarrages suivants ne peuvent pas joindre cette console : %1</translation>
    </message>
</context>
</TS>
