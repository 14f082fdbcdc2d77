<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Appearance</name>
    <message>
        <source>A&amp;ppearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>ContainmentAction</name>
    <message>
        <source>&apos;%1&apos; needs a group name or id after the colon</source>
        <translation>&apos;%1&apos; braucht nach dem Doppelpunkt einen Gruppennamen oder eine Gruppen-ID</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (known: clear-sessions, suspend, unsuspend, add-group:NAME_OR_ID, remove-group:NAME_OR_ID, risk:LEVEL, universal-logout, revoke-factors-since[:TIME], reset-factors, expire-password)</source>
        <translation>unbekannte Aktion &apos;%1&apos; (bekannt: clear-sessions, suspend, unsuspend, add-group:NAME_ODER_ID, remove-group:NAME_ODER_ID, risk:STUFE, universal-logout, revoke-factors-since[:ZEIT], reset-factors, expire-password)</translation>
    </message>
</context>
<context>
    <name>IncidentLink</name>
    <message>
        <source>The link is longer than %1 characters.</source>
        <translation>Der Link ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The link is not a valid URL.</source>
        <translation>Der Link ist keine gültige URL.</translation>
    </message>
    <message>
        <source>Only cordon:// links are opened.</source>
        <translation>Nur cordon://-Links werden geöffnet.</translation>
    </message>
    <message>
        <source>Only links to an incident (cordon://incident/…) are opened.</source>
        <translation>Nur Links auf einen Vorfall (cordon://incident/…) werden geöffnet.</translation>
    </message>
    <message>
        <source>The link has a user, port, query or fragment; an incident link has none.</source>
        <translation>Der Link enthält Benutzer, Port, Abfrage oder Fragment; ein Vorfalls-Link enthält nichts davon.</translation>
    </message>
    <message>
        <source>An incident link names exactly one incident.</source>
        <translation>Ein Vorfalls-Link nennt genau einen Vorfall.</translation>
    </message>
    <message>
        <source>The link names no incident.</source>
        <translation>Der Link nennt keinen Vorfall.</translation>
    </message>
    <message>
        <source>The incident id is longer than %1 characters.</source>
        <translation>Die Vorfalls-ID ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The incident id holds characters that cannot be shown.</source>
        <translation>Die Vorfalls-ID enthält Zeichen, die nicht angezeigt werden können.</translation>
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
        <translation>Generisch (console.incident/v1)</translation>
    </message>
</context>
<context>
    <name>PlaybookNotification</name>
    <message>
        <source>Approval needed: %1 for %2</source>
        <translation>Genehmigung nötig: %1 für %2</translation>
    </message>
    <message>
        <source>%1 ran for %2</source>
        <translation>%1 lief für %2</translation>
    </message>
    <message>
        <source>%1 ran with failures for %2</source>
        <translation>%1 lief mit Fehlern für %2</translation>
    </message>
</context>
<context>
    <name>ProtectedAccount</name>
    <message>
        <source>%1 (unresolved: compared by login, email, short login and AD username)</source>
        <translation>%1 (nicht aufgelöst: verglichen mit Login, E-Mail, kurzem Login und AD-Benutzername)</translation>
    </message>
</context>
<context>
    <name>cordon::core</name>
    <message>
        <source>%1 is the account the API token acts as; Cordon never acts on its own account</source>
        <translation>%1 ist das Konto, als das der API-Token handelt; Cordon handelt nie am eigenen Konto</translation>
    </message>
    <message>
        <source>%1 is a protected account (settings: protected accounts)</source>
        <translation>%1 ist ein geschütztes Konto (Einstellungen: geschützte Konten)</translation>
    </message>
    <message>
        <source>%1 is a member of the protected group &apos;%2&apos;</source>
        <translation>%1 ist Mitglied der geschützten Gruppe &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 is already DEPROVISIONED at Okta: there is nothing left to contain</source>
        <translation>%1 ist bei Okta bereits DEPROVISIONED: Es gibt nichts mehr einzudämmen</translation>
    </message>
    <message>
        <source>%1 holds admin roles (%2): acting on an administrator needs a second, explicit confirmation</source>
        <translation>%1 hat Administratorrollen (%2): Das Handeln an einem Administrator erfordert eine zweite, ausdrückliche Bestätigung</translation>
    </message>
    <message>
        <source>No secret is stored in the %1 for %2.</source>
        <translation>Im %1 ist kein Geheimnis für %2 gespeichert.</translation>
    </message>
    <message>
        <source>The %1 is not available, so Cordon cannot read or store secrets. Cordon never keeps them in plain text instead: start or unlock it (on Linux, GNOME Keyring, KWallet or another Secret Service in the desktop session) and try again.</source>
        <translation>Der %1 ist nicht verfügbar, daher kann Cordon keine Geheimnisse lesen oder speichern. Cordon legt sie nie ersatzweise im Klartext ab: Starten oder entsperren Sie ihn (unter Linux GNOME Keyring, KWallet oder einen anderen Secret Service der Desktop-Sitzung) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The %1 refused access to %2. Unlock it, or allow Cordon when it asks, and try again.</source>
        <translation>Der %1 hat den Zugriff auf %2 verweigert. Entsperren Sie ihn oder erlauben Sie Cordon den Zugriff, wenn er danach fragt, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The %1 could not complete the request for %2.</source>
        <translation>Der %1 konnte die Anfrage für %2 nicht ausführen.</translation>
    </message>
    <message>
        <source>(It said: %1)</source>
        <translation>(Meldung: %1)</translation>
    </message>
    <message>
        <source>Database statement failed: %1</source>
        <translation>Datenbankanweisung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>not all of %1&apos;s groups could be read at Okta (%2 read, more listed), so Cordon cannot tell whether a protected group holds the user</source>
        <translation>nicht alle Gruppen von %1 konnten bei Okta gelesen werden (%2 gelesen, weitere aufgeführt), daher kann Cordon nicht feststellen, ob eine geschützte Gruppe den Benutzer enthält</translation>
    </message>
    <message>
        <source>%1 is in use by another program (an earlier Cordon still running?); it is taken over at a later start</source>
        <translation>%1 wird von einem anderen Programm verwendet (läuft noch ein älteres Cordon?); es wird bei einem späteren Start übernommen</translation>
    </message>
    <message>
        <source>cannot move %1 to %2</source>
        <translation>%1 kann nicht nach %2 verschoben werden</translation>
    </message>
    <message>
        <source>cannot write the audit log of %1</source>
        <translation>das Audit-Protokoll von %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the database of an earlier version, %1, was moved whole to become the database of the console and cordonctl; its audit log goes on here</source>
        <translation>die Datenbank einer früheren Version, %1, wurde unverändert verschoben und ist nun die Datenbank der Konsole und von cordonctl; ihr Audit-Protokoll wird hier fortgeführt</translation>
    </message>
    <message>
        <source>taken over from %1</source>
        <translation>übernommen aus %1</translation>
    </message>
    <message>
        <source>cannot copy the unfinished journal entries of %1</source>
        <translation>die offenen Journaleinträge von %1 können nicht kopiert werden</translation>
    </message>
    <message>
        <source>its audit log verifies: %1 entries, head entry %2 with hash %3</source>
        <translation>ihr Audit-Protokoll ist intakt: %1 Einträge, letzter Eintrag %2 mit Hash %3</translation>
    </message>
    <message>
        <source>its audit log is BROKEN at entry %1 (%2), head entry %3</source>
        <translation>ihr Audit-Protokoll ist bei Eintrag %1 BESCHÄDIGT (%2), letzter Eintrag %3</translation>
    </message>
    <message numerus="yes">
        <source>the database of an earlier version, %1, is kept whole and read-only at %2: %3; %n unfinished journal entries were taken over into this journal</source>
        <translation>
            <numerusform>die Datenbank einer früheren Version, %1, wird unverändert und schreibgeschützt unter %2 aufbewahrt: %3; %n offener Journaleintrag wurde in dieses Journal übernommen</numerusform>
            <numerusform>die Datenbank einer früheren Version, %1, wird unverändert und schreibgeschützt unter %2 aufbewahrt: %3; %n offene Journaleinträge wurden in dieses Journal übernommen</numerusform>
        </translation>
    </message>
    <message>
        <source>The token is longer than %1 bytes.</source>
        <translation>Das Token ist länger als %1 Bytes.</translation>
    </message>
    <message>
        <source>A compact JWS has three parts separated by two dots.</source>
        <translation>Ein kompaktes JWS hat drei durch zwei Punkte getrennte Teile.</translation>
    </message>
    <message>
        <source>The header is not a base64url JSON object.</source>
        <translation>Der Header ist kein base64url-kodiertes JSON-Objekt.</translation>
    </message>
    <message>
        <source>The header names no algorithm (&quot;alg&quot;).</source>
        <translation>Der Header nennt keinen Algorithmus (&quot;alg&quot;).</translation>
    </message>
    <message>
        <source>An unsecured token (&quot;alg&quot;: &quot;none&quot;) is refused.</source>
        <translation>Ein ungesichertes Token (&quot;alg&quot;: &quot;none&quot;) wird abgelehnt.</translation>
    </message>
    <message>
        <source>The algorithm %1 is not accepted; only RS256 and ES256 are.</source>
        <translation>Der Algorithmus %1 wird nicht akzeptiert; nur RS256 und ES256.</translation>
    </message>
    <message>
        <source>The header asks for critical extensions (&quot;crit&quot;).</source>
        <translation>Der Header verlangt kritische Erweiterungen (&quot;crit&quot;).</translation>
    </message>
    <message>
        <source>The header&apos;s &quot;jwk&quot; is not a JSON object.</source>
        <translation>Der &quot;jwk&quot; des Headers ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The header&apos;s &quot;jwk&quot; holds a private key.</source>
        <translation>Der &quot;jwk&quot; des Headers enthält einen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>The header carries no public key (&quot;jwk&quot;).</source>
        <translation>Der Header trägt keinen öffentlichen Schlüssel (&quot;jwk&quot;).</translation>
    </message>
    <message>
        <source>The algorithm %1 does not fit a key of type &quot;%2&quot;.</source>
        <translation>Der Algorithmus %1 passt nicht zu einem Schlüssel vom Typ &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The key is meant for another algorithm than %1.</source>
        <translation>Der Schlüssel ist für einen anderen Algorithmus als %1 bestimmt.</translation>
    </message>
    <message>
        <source>The claims are not a base64url JSON object.</source>
        <translation>Die Claims sind kein base64url-kodiertes JSON-Objekt.</translation>
    </message>
    <message>
        <source>The signature is missing or not base64url.</source>
        <translation>Die Signatur fehlt oder ist kein base64url.</translation>
    </message>
    <message>
        <source>An ES256 signature has 64 bytes; this one has %1.</source>
        <translation>Eine ES256-Signatur hat 64 Bytes; diese hat %1.</translation>
    </message>
    <message>
        <source>The signature does not match the key.</source>
        <translation>Die Signatur passt nicht zum Schlüssel.</translation>
    </message>
    <message>
        <source>The private key is encrypted with a passphrase. Give it unencrypted; Cordon keeps it in the system keychain.</source>
        <translation>Der private Schlüssel ist mit einer Passphrase verschlüsselt. Geben Sie ihn unverschlüsselt an; Cordon verwahrt ihn im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>This is a public key. Cordon needs the private key that belongs to it.</source>
        <translation>Dies ist ein öffentlicher Schlüssel. Cordon braucht den zugehörigen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>This is a certificate. Cordon needs the private key.</source>
        <translation>Dies ist ein Zertifikat. Cordon braucht den privaten Schlüssel.</translation>
    </message>
    <message>
        <source>This is an OpenSSH key. Convert it to an unencrypted PKCS#8 PEM first.</source>
        <translation>Dies ist ein OpenSSH-Schlüssel. Wandeln Sie ihn zuerst in ein unverschlüsseltes PKCS#8-PEM um.</translation>
    </message>
    <message>
        <source>The PEM block does not hold a private key.</source>
        <translation>Der PEM-Block enthält keinen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>The private key is empty.</source>
        <translation>Der private Schlüssel ist leer.</translation>
    </message>
    <message>
        <source>The key&apos;s line breaks are written as the characters \n; give it with real line breaks.</source>
        <translation>Die Zeilenumbrüche des Schlüssels sind als die Zeichen \n geschrieben; geben Sie ihn mit echten Zeilenumbrüchen an.</translation>
    </message>
    <message>
        <source>There is text before the key&apos;s BEGIN line.</source>
        <translation>Vor der BEGIN-Zeile des Schlüssels steht Text.</translation>
    </message>
    <message>
        <source>The private key is not in PEM form: its -----BEGIN line is missing.</source>
        <translation>Der private Schlüssel ist nicht im PEM-Format: Seine -----BEGIN-Zeile fehlt.</translation>
    </message>
    <message>
        <source>The key&apos;s BEGIN line is damaged.</source>
        <translation>Die BEGIN-Zeile des Schlüssels ist beschädigt.</translation>
    </message>
    <message>
        <source>The key&apos;s END line is missing or does not match its BEGIN line.</source>
        <translation>Die END-Zeile des Schlüssels fehlt oder passt nicht zu seiner BEGIN-Zeile.</translation>
    </message>
    <message>
        <source>There is text after the key&apos;s END line; give one key and nothing else.</source>
        <translation>Nach der END-Zeile des Schlüssels steht Text; geben Sie einen Schlüssel an und sonst nichts.</translation>
    </message>
    <message>
        <source>The private key could not be read: its PEM text is damaged.</source>
        <translation>Der private Schlüssel konnte nicht gelesen werden: Sein PEM-Text ist beschädigt.</translation>
    </message>
    <message>
        <source>The RSA key has %1 bits; Okta needs at least %2.</source>
        <translation>Der RSA-Schlüssel hat %1 Bit; Okta braucht mindestens %2.</translation>
    </message>
    <message>
        <source>The RSA key has %1 bits; Cordon takes at most %2.</source>
        <translation>Der RSA-Schlüssel hat %1 Bit; Cordon nimmt höchstens %2.</translation>
    </message>
    <message>
        <source>The EC key is on curve %1; Cordon signs with P-256 (ES256) only.</source>
        <translation>Der EC-Schlüssel liegt auf der Kurve %1; Cordon signiert nur mit P-256 (ES256).</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Keys of type %1 cannot sign for Okta. Use an RSA key of at least 2048 bits or an EC P-256 key.</source>
        <translation>Schlüssel vom Typ %1 können nicht für Okta signieren. Verwenden Sie einen RSA-Schlüssel mit mindestens 2048 Bit oder einen EC-P-256-Schlüssel.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: Okta cannot set a user&apos;s risk to NONE; LOW is the lowest it sets</source>
        <translation>&apos;%1&apos;: Okta kann das Risiko eines Benutzers nicht auf NONE setzen; LOW ist die niedrigste Stufe</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no risk level Okta sets (known: risk:HIGH, risk:MEDIUM, risk:LOW)</source>
        <translation>&apos;%1&apos; nennt keine Risikostufe, die Okta setzt (bekannt: risk:HIGH, risk:MEDIUM, risk:LOW)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the time is not an ISO 8601 date and time with its zone, such as 2026-12-01T09:30:00Z</source>
        <translation>&apos;%1&apos;: die Zeit ist kein ISO-8601-Datum mit Uhrzeit und Zone, etwa 2026-12-01T09:30:00Z</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the time is in the future, so no factor could have been enrolled since</source>
        <translation>&apos;%1&apos;: die Zeit liegt in der Zukunft, seitdem kann kein Faktor registriert worden sein</translation>
    </message>
    <message>
        <source>the risk reason is %1 characters long; Okta takes at most %2</source>
        <translation>die Risikobegründung ist %1 Zeichen lang; Okta nimmt höchstens %2</translation>
    </message>
    <message>
        <source>Okta takes only letters, digits, spaces, hyphens, commas and periods in a risk reason, not &quot;%1&quot;</source>
        <translation>Okta nimmt in einer Risikobegründung nur Buchstaben, Ziffern, Leerzeichen, Bindestriche, Kommas und Punkte, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>cordon::core::AccountResolution</name>
    <message>
        <source>%1: no Okta user has this id, login, short login, email or AD username</source>
        <translation>%1: kein Okta-Benutzer hat diese ID, dieses Login, diesen kurzen Login, diese E-Mail oder diesen AD-Benutzernamen</translation>
    </message>
    <message>
        <source>%1 names %2 Okta users: %3; write the full login or the Okta id</source>
        <translation>%1 bezeichnet %2 Okta-Benutzer: %3; geben Sie das vollständige Login oder die Okta-ID an</translation>
    </message>
    <message>
        <source>%1: could not be checked at Okta: %2</source>
        <translation>%1: konnte bei Okta nicht geprüft werden: %2</translation>
    </message>
</context>
<context>
    <name>cordon::core::ActionListModel</name>
    <message>
        <source>Clear sessions and OAuth tokens</source>
        <translation>Sitzungen und OAuth-Tokens löschen</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspendieren</translation>
    </message>
    <message>
        <source>Unsuspend</source>
        <translation>Suspendierung aufheben</translation>
    </message>
    <message>
        <source>Add to group %1</source>
        <translation>Zur Gruppe %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove from group %1</source>
        <translation>Aus der Gruppe %1 entfernen</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in Warteschlange</translation>
    </message>
    <message>
        <source>sent, waiting for Okta</source>
        <translation>gesendet, wartet auf Okta</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>already so, nothing sent</source>
        <translation>bereits so, nichts gesendet</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>planned (dry run)</source>
        <translation>geplant (Probelauf)</translation>
    </message>
    <message>
        <source>HTTP %1, request id %2, %3 ms</source>
        <translation>HTTP %1, Request-ID %2, %3 ms</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Okta</source>
        <translation>Okta</translation>
    </message>
    <message>
        <source>Set user risk to %1</source>
        <translation>Benutzerrisiko auf %1 setzen</translation>
    </message>
    <message>
        <source>Universal Logout (all apps)</source>
        <translation>Universal Logout (alle Apps)</translation>
    </message>
    <message>
        <source>Remove MFA factors enrolled since %1</source>
        <translation>Seit %1 registrierte MFA-Faktoren entfernen</translation>
    </message>
    <message>
        <source>Remove MFA factors enrolled since detection</source>
        <translation>Seit der Erkennung registrierte MFA-Faktoren entfernen</translation>
    </message>
    <message>
        <source>Reset all MFA factors</source>
        <translation>Alle MFA-Faktoren zurücksetzen</translation>
    </message>
    <message>
        <source>Expire password</source>
        <translation>Passwort ablaufen lassen</translation>
    </message>
</context>
<context>
    <name>cordon::core::AuditLog</name>
    <message>
        <source>the audit log cannot be read: %1</source>
        <translation>das Audit-Protokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>entries %1 to %2 are missing</source>
        <translation>Einträge %1 bis %2 fehlen</translation>
    </message>
    <message>
        <source>entry %1 is out of sequence</source>
        <translation>Eintrag %1 ist außer der Reihe</translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it (an entry was inserted, removed or moved)</source>
        <translation>Eintrag %1 folgt nicht auf den Eintrag davor (ein Eintrag wurde eingefügt, entfernt oder verschoben)</translation>
    </message>
    <message>
        <source>entry %1 was altered after it was written</source>
        <translation>Eintrag %1 wurde nach dem Schreiben verändert</translation>
    </message>
    <message>
        <source>no keychain is in use</source>
        <translation>es wird kein Schlüsselbund verwendet</translation>
    </message>
    <message>
        <source>entry %1 is sealed, but the log&apos;s key cannot be read: %2</source>
        <translation>Eintrag %1 ist versiegelt, aber der Schlüssel des Protokolls kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>entry %1 was added after the anchored head (entry %2) without the key: it is forged</source>
        <translation>Eintrag %1 wurde nach dem verankerten Kopf (Eintrag %2) ohne den Schlüssel hinzugefügt: er ist gefälscht</translation>
    </message>
    <message>
        <source>entry %1 carries no seal, though the log is sealed from entry %2: it was added or rewritten without the key</source>
        <translation>Eintrag %1 trägt kein Siegel, obwohl das Protokoll ab Eintrag %2 versiegelt ist: Er wurde ohne den Schlüssel hinzugefügt oder neu geschrieben</translation>
    </message>
    <message>
        <source>the log is empty, but the anchor in the keychain says it held %1 entries: it was wiped</source>
        <translation>das Protokoll ist leer, aber laut dem Anker im Schlüsselbund enthielt es %1 Einträge: Es wurde geleert</translation>
    </message>
    <message>
        <source>entries %1 to %2 are missing: the anchor in the keychain says the log reached entry %2, so its tail was cut</source>
        <translation>Einträge %1 bis %2 fehlen: Laut dem Anker im Schlüsselbund reichte das Protokoll bis Eintrag %2, sein Ende wurde also abgeschnitten</translation>
    </message>
    <message>
        <source>entry %1 is not the entry anchored in the keychain: the log was rewritten from there on</source>
        <translation>Eintrag %1 ist nicht der im Schlüsselbund verankerte Eintrag: Das Protokoll wurde ab dort neu geschrieben</translation>
    </message>
    <message>
        <source>entries %1 to %2 are sealed but not anchored yet</source>
        <translation>Einträge %1 bis %2 sind versiegelt, aber noch nicht verankert</translation>
    </message>
    <message>
        <source>the keychain holds no anchor for this log, so a cut tail or an emptied log could not be seen</source>
        <translation>der Schlüsselbund enthält keinen Anker für dieses Protokoll, daher wäre ein abgeschnittenes Ende oder ein geleertes Protokoll nicht zu erkennen</translation>
    </message>
    <message>
        <source>the log&apos;s key is missing from the keychain, though its anchor is there</source>
        <translation>der Schlüssel des Protokolls fehlt im Schlüsselbund, obwohl sein Anker vorhanden ist</translation>
    </message>
    <message>
        <source>not sealed yet: no entry is keyed and no head is anchored</source>
        <translation>noch nicht versiegelt: Kein Eintrag trägt ein Schlüsselsiegel, und kein Kopf ist verankert</translation>
    </message>
    <message>
        <source>unsealed, no key: %1</source>
        <translation>unversiegelt, kein Schlüssel: %1</translation>
    </message>
    <message>
        <source>the key was not read</source>
        <translation>der Schlüssel wurde nicht gelesen</translation>
    </message>
    <message>
        <source>entry %1 was altered after it was sealed, or an entry before it was: it no longer matches its seal</source>
        <translation>Eintrag %1 oder ein Eintrag davor wurde nach dem Versiegeln verändert: Er passt nicht mehr zu seinem Siegel</translation>
    </message>
    <message>
        <source>entry %1 was not sealed with this log&apos;s key: it is forged or was altered</source>
        <translation>Eintrag %1 wurde nicht mit dem Schlüssel dieses Protokolls versiegelt: Er ist gefälscht oder wurde verändert</translation>
    </message>
    <message>
        <source>entry %1 is a copy of entry %2, or was moved from there: entries were inserted or reordered</source>
        <translation>Eintrag %1 ist eine Kopie von Eintrag %2 oder wurde von dort verschoben: Einträge wurden eingefügt oder umgeordnet</translation>
    </message>
    <message>
        <source>entries %1 and %2 were swapped</source>
        <translation>Einträge %1 und %2 wurden vertauscht</translation>
    </message>
    <message>
        <source>entries were reordered: entry %1 holds what was written as entry %2, and entry %3 what was written as entry %1</source>
        <translation>Einträge wurden umgeordnet: Eintrag %1 enthält, was als Eintrag %2 geschrieben wurde, und Eintrag %3, was als Eintrag %1 geschrieben wurde</translation>
    </message>
    <message>
        <source>entry %1 was removed and the entries after it renumbered (entry %1 was written as entry %2)</source>
        <translation>Eintrag %1 wurde entfernt und die Einträge danach neu nummeriert (Eintrag %1 wurde als Eintrag %2 geschrieben)</translation>
    </message>
    <message>
        <source>entries %1 to %2 were removed and the entries after them renumbered (entry %1 was written as entry %3)</source>
        <translation>Einträge %1 bis %2 wurden entfernt und die Einträge danach neu nummeriert (Eintrag %1 wurde als Eintrag %3 geschrieben)</translation>
    </message>
</context>
<context>
    <name>cordon::core::AuditSeal</name>
    <message>
        <source>the audit key in the %1 is not one Cordon made</source>
        <translation>der Audit-Schlüssel in %1 wurde nicht von Cordon erzeugt</translation>
    </message>
    <message>
        <source>the log&apos;s anchor in the %1 cannot be read</source>
        <translation>der Anker des Protokolls in %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the log&apos;s anchor in the %1 was not written with the log&apos;s key</source>
        <translation>der Anker des Protokolls in %1 wurde nicht mit dem Schlüssel des Protokolls geschrieben</translation>
    </message>
    <message>
        <source>the log no longer holds entry %1 as it was anchored</source>
        <translation>das Protokoll enthält Eintrag %1 nicht mehr so, wie er verankert wurde</translation>
    </message>
    <message>
        <source>the key is for another audit log (this database&apos;s is %1)</source>
        <translation>der Schlüssel gehört zu einem anderen Audit-Protokoll (das dieser Datenbank ist %1)</translation>
    </message>
    <message>
        <source>the text is not an audit key Cordon exported</source>
        <translation>der Text ist kein von Cordon exportierter Audit-Schlüssel</translation>
    </message>
    <message>
        <source>the key does not match the log&apos;s sealed entries</source>
        <translation>der Schlüssel passt nicht zu den versiegelten Einträgen des Protokolls</translation>
    </message>
    <message>
        <source>the %1 holds another key for this log already</source>
        <translation>%1 enthält bereits einen anderen Schlüssel für dieses Protokoll</translation>
    </message>
</context>
<context>
    <name>cordon::core::AuditTableModel</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analyst</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Okta user</source>
        <translation>Okta-Benutzer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Okta request id</source>
        <translation>Okta-Request-ID</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>cordon::core::CandidateScorer</name>
    <message>
        <source>confirmed by %1 on %2</source>
        <translation>bestätigt von %1 am %2</translation>
    </message>
    <message>
        <source>%1 equals &apos;%2&apos;</source>
        <translation>%1 ist gleich &apos;%2&apos;</translation>
    </message>
    <message>
        <source>login equals &apos;%1&apos;</source>
        <translation>Login ist gleich &apos;%1&apos;</translation>
    </message>
    <message>
        <source>email equals &apos;%1&apos;</source>
        <translation>E-Mail ist gleich &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the name part of %2</source>
        <translation>&apos;%1&apos; ist der Namensteil von %2</translation>
    </message>
    <message>
        <source>%1 starts with &apos;%2.&apos;</source>
        <translation>%1 beginnt mit &apos;%2.&apos;</translation>
    </message>
    <message>
        <source>%1 starts with &apos;%2&apos;</source>
        <translation>%1 beginnt mit &apos;%2&apos;</translation>
    </message>
    <message>
        <source>first and last name match &apos;%1&apos;</source>
        <translation>Vor- und Nachname stimmen mit &apos;%1&apos; überein</translation>
    </message>
    <message>
        <source>login is &apos;%1&apos;</source>
        <translation>Login ist &apos;%1&apos;</translation>
    </message>
    <message>
        <source>last name and first initial match &apos;%1&apos;</source>
        <translation>Nachname und erster Buchstabe des Vornamens stimmen mit &apos;%1&apos; überein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2&apos;s first initial and last name</source>
        <translation>&apos;%1&apos; sind Anfangsbuchstabe des Vornamens und Nachname von %2</translation>
    </message>
    <message>
        <source>first name is &apos;%1&apos;</source>
        <translation>Vorname ist &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2&apos;s first and last name</source>
        <translation>&apos;%1&apos; sind Vor- und Nachname von %2</translation>
    </message>
    <message>
        <source>email domain is %1, the domain of %2</source>
        <translation>E-Mail-Domain ist %1, die Domain von %2</translation>
    </message>
    <message>
        <source>DEPROVISIONED: this account is closed</source>
        <translation>DEPROVISIONED: Dieses Konto ist geschlossen</translation>
    </message>
    <message>
        <source>an analyst said this is not the person</source>
        <translation>ein Analyst hat angegeben, dass dies nicht die Person ist</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the name part of %2, its umlauts written another way</source>
        <translation>&apos;%1&apos; ist der Namensteil von %2, mit anders geschriebenen Umlauten</translation>
    </message>
    <message>
        <source>the name is spelt as in &apos;%1&apos;</source>
        <translation>der Name ist geschrieben wie in &apos;%1&apos;</translation>
    </message>
    <message>
        <source>first and last name match &apos;%1&apos; if umlauts are taken for their bare vowels</source>
        <translation>Vor- und Nachname stimmen mit &apos;%1&apos; überein, wenn Umlaute als einfache Vokale gelesen werden</translation>
    </message>
    <message>
        <source>login &apos;%1&apos; is the name as first.last, its umlauts written another way</source>
        <translation>Login &apos;%1&apos; ist der Name als vorname.nachname, mit anders geschriebenen Umlauten</translation>
    </message>
</context>
<context>
    <name>cordon::core::CandidateTableModel</name>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>AD username</source>
        <translation>AD-Benutzername</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Vorgesetzte(r)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Admin roles</source>
        <translation>Administratorrollen</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>, remembered</source>
        <translation>, gemerkt</translation>
    </message>
    <message>
        <source>, rejected before</source>
        <translation>, zuvor abgelehnt</translation>
    </message>
    <message>
        <source>%1, equal to the endpoint&apos;s</source>
        <translation>%1, gleich dem Wert des Endpunkts</translation>
    </message>
    <message>
        <source>%1, differs from the endpoint&apos;s</source>
        <translation>%1, weicht vom Wert des Endpunkts ab</translation>
    </message>
    <message>
        <source>Endpoint user
%1</source>
        <translation>Endpunkt-Benutzer
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
        <translation>gemerkt</translation>
    </message>
    <message>
        <source>rejected before</source>
        <translation>zuvor abgelehnt</translation>
    </message>
</context>
<context>
    <name>cordon::core::Claim</name>
    <message>
        <source>%1 on %2 since %3</source>
        <translation>%1 auf %2 seit %3</translation>
    </message>
</context>
<context>
    <name>cordon::core::Claims</name>
    <message>
        <source>another Cordon program</source>
        <translation>ein anderes Cordon-Programm</translation>
    </message>
    <message>
        <source>an unknown workstation</source>
        <translation>einem unbekannten Arbeitsplatz</translation>
    </message>
    <message>
        <source>Cannot record the claim on %1: %2</source>
        <translation>Die Übernahme von %1 kann nicht festgehalten werden: %2</translation>
    </message>
</context>
<context>
    <name>cordon::core::ContainmentAction</name>
    <message>
        <source>Sets the user&apos;s risk at Okta to %1 (Identity Threat Protection). The org&apos;s entity risk policy then acts on it: it may end the user&apos;s sessions in every app, or ask them to sign in again. A release sets it to LOW, not back to what it was: Okta cannot set NONE.</source>
        <translation>Setzt das Risiko des Benutzers bei Okta auf %1 (Identity Threat Protection). Die Entity-Risk-Richtlinie der Organisation handelt dann danach: Sie kann die Sitzungen des Benutzers in jeder App beenden oder eine erneute Anmeldung verlangen. Eine Freigabe setzt es auf LOW, nicht auf den früheren Wert: Okta kann NONE nicht setzen.</translation>
    </message>
    <message>
        <source>Universal Logout: ends the user&apos;s sessions and revokes their tokens in every app that supports it, not only Okta&apos;s, and revokes the user&apos;s own Okta API tokens. Nothing at release brings them back; the user signs in again everywhere.</source>
        <translation>Universal Logout: beendet die Sitzungen des Benutzers und widerruft seine Tokens in jeder App, die es unterstützt, nicht nur bei Okta, und widerruft die eigenen Okta-API-Tokens des Benutzers. Keine Freigabe bringt sie zurück; der Benutzer meldet sich überall neu an.</translation>
    </message>
    <message>
        <source>Removes every MFA factor the user enrolled since %1, such as one an attacker added. The user must enrol them again; a release does not restore them. The audit lists each factor removed.</source>
        <translation>Entfernt jeden MFA-Faktor, den der Benutzer seit %1 registriert hat, etwa einen von einem Angreifer hinzugefügten. Der Benutzer muss sie neu registrieren; eine Freigabe stellt sie nicht wieder her. Das Audit-Log nennt jeden entfernten Faktor.</translation>
    </message>
    <message>
        <source>the incident&apos;s detection time</source>
        <translation>der Erkennungszeit des Vorfalls</translation>
    </message>
    <message>
        <source>Resets all of the user&apos;s MFA factors: every enrolment ends and the user must enrol again at their next sign-in. A release does not restore them.</source>
        <translation>Setzt alle MFA-Faktoren des Benutzers zurück: Jede Registrierung endet, und der Benutzer muss sich bei der nächsten Anmeldung neu registrieren. Eine Freigabe stellt sie nicht wieder her.</translation>
    </message>
    <message>
        <source>Expires the user&apos;s password: they must choose a new one at their next sign-in. With Active Directory delegated authentication it also expires the password in AD. A release does not undo it.</source>
        <translation>Lässt das Passwort des Benutzers ablaufen: Bei der nächsten Anmeldung muss er ein neues wählen. Mit delegierter Active-Directory-Authentifizierung läuft das Passwort auch im AD ab. Eine Freigabe macht das nicht rückgängig.</translation>
    </message>
    <message>
        <source>Lowers the user&apos;s risk at Okta to LOW, the lowest Okta sets: it cannot set NONE, so the risk does not go back to what it was before it was raised.</source>
        <translation>Senkt das Risiko des Benutzers bei Okta auf LOW, die niedrigste Stufe, die Okta setzt: NONE kann es nicht setzen, daher kehrt das Risiko nicht zu dem Wert zurück, den es vor der Erhöhung hatte.</translation>
    </message>
</context>
<context>
    <name>cordon::core::ContainmentRunner</name>
    <message>
        <source>could not tell which account the API token acts as: %1</source>
        <translation>es war nicht festzustellen, als welches Konto der API-Token handelt: %1</translation>
    </message>
    <message>
        <source>could not read the user&apos;s admin roles, so the admin guardrail cannot be checked: %1</source>
        <translation>die Administratorrollen des Benutzers konnten nicht gelesen werden, daher kann die Administrator-Schutzregel nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>no Okta user &apos;%1&apos;</source>
        <translation>kein Okta-Benutzer &apos;%1&apos;</translation>
    </message>
    <message>
        <source>could not read Okta user &apos;%1&apos;: %2</source>
        <translation>Okta-Benutzer &apos;%1&apos; konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the action journal could not be written, so nothing was sent</source>
        <translation>das Aktionsjournal konnte nicht geschrieben werden, daher wurde nichts gesendet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2 group: Okta only lets OKTA_GROUP memberships change</source>
        <translation>&apos;%1&apos; ist eine %2-Gruppe: Okta ändert nur Mitgliedschaften in OKTA_GROUP-Gruppen</translation>
    </message>
    <message>
        <source>already in the wanted state; nothing sent</source>
        <translation>bereits im gewünschten Zustand; nichts gesendet</translation>
    </message>
    <message>
        <source>%1 Okta may have made the change before the answer was lost: the journal keeps it open until journal resume settles it from Okta&apos;s state.</source>
        <translation>%1 Okta hat die Änderung möglicherweise vorgenommen, bevor die Antwort verloren ging: Das Journal hält sie offen, bis „journal resume“ sie anhand des Zustands bei Okta klärt.</translation>
    </message>
    <message>
        <source>could not read all of the user&apos;s groups, so the protected-group guardrail cannot be checked: %1</source>
        <translation>nicht alle Gruppen des Benutzers konnten gelesen werden, daher kann die Schutzregel für geschützte Gruppen nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>attempt %1 of %2 was answered %3; Okta made no change, so it is sent again</source>
        <translation>Versuch %1 von %2 wurde mit %3 beantwortet; Okta hat nichts geändert, daher wird er erneut gesendet</translation>
    </message>
    <message>
        <source>%1 Okta does not expire the password of a user in status %2: expire it at release, after unsuspend.</source>
        <translation>%1 Okta lässt das Passwort eines Benutzers im Status %2 nicht ablaufen: Lassen Sie es bei der Freigabe ablaufen, nach dem Aufheben der Suspendierung.</translation>
    </message>
    <message>
        <source>%1 A credential action is not sent again by itself: run it again once the rate limit resets.</source>
        <translation>%1 Eine Anmeldedaten-Aktion wird nicht von selbst erneut gesendet: Führen Sie sie erneut aus, sobald das Rate-Limit zurückgesetzt ist.</translation>
    </message>
    <message>
        <source>Okta would not show the user&apos;s risk, so none was set: %1. Without Identity Threat Protection, or without okta.userRisk.read and okta.userRisk.manage, Okta refuses user risk.</source>
        <translation>Okta zeigte das Risiko des Benutzers nicht, also wurde keines gesetzt: %1. Ohne Identity Threat Protection oder ohne okta.userRisk.read und okta.userRisk.manage verweigert Okta das Benutzerrisiko.</translation>
    </message>
    <message>
        <source>nothing sent: %1</source>
        <translation>nichts gesendet: %1</translation>
    </message>
    <message>
        <source>the user&apos;s risk is already %1; nothing sent</source>
        <translation>das Risiko des Benutzers ist bereits %1; nichts gesendet</translation>
    </message>
    <message>
        <source>risk %1 to %2, reason &quot;%3&quot;</source>
        <translation>Risiko %1 auf %2, Begründung „%3“</translation>
    </message>
    <message>
        <source>nothing sent: the incident has no detection time; name the time, as in revoke-factors-since:2026-12-01T09:30:00Z</source>
        <translation>nichts gesendet: Der Vorfall hat keine Erkennungszeit; nennen Sie die Zeit, wie in revoke-factors-since:2026-12-01T09:30:00Z</translation>
    </message>
    <message>
        <source>the user&apos;s factors could not be read, so none was removed: %1</source>
        <translation>die Faktoren des Benutzers konnten nicht gelesen werden, also wurde keiner entfernt: %1</translation>
    </message>
    <message>
        <source>no factor was enrolled since %1 (%2 enrolled before); nothing sent</source>
        <translation>seit %1 wurde kein Faktor registriert (%2 davor registriert); nichts gesendet</translation>
    </message>
    <message>
        <source>the user&apos;s factors could not be read, so none was reset: %1</source>
        <translation>die Faktoren des Benutzers konnten nicht gelesen werden, also wurde keiner zurückgesetzt: %1</translation>
    </message>
    <message>
        <source>the user has no MFA factor enrolled; nothing sent</source>
        <translation>der Benutzer hat keinen MFA-Faktor registriert; nichts gesendet</translation>
    </message>
    <message>
        <source>the user&apos;s password is already expired; nothing sent</source>
        <translation>das Passwort des Benutzers ist bereits abgelaufen; nichts gesendet</translation>
    </message>
    <message>
        <source>after the lifecycle change: Okta suspends only ACTIVE users, and an expired password would leave the user PASSWORD_EXPIRED</source>
        <translation>nach der Statusänderung: Okta suspendiert nur ACTIVE-Benutzer, und ein abgelaufenes Passwort ließe den Benutzer PASSWORD_EXPIRED</translation>
    </message>
    <message>
        <source>not sent: the lifecycle change before it failed, and an expired password would stop Okta from suspending the user later</source>
        <translation>nicht gesendet: Die Statusänderung davor schlug fehl, und ein abgelaufenes Passwort hinderte Okta daran, den Benutzer später zu suspendieren</translation>
    </message>
    <message>
        <source>factor %1 was already gone (Okta answered 404)</source>
        <translation>Faktor %1 war bereits weg (Okta antwortete 404)</translation>
    </message>
    <message>
        <source>removed factor %1</source>
        <translation>Faktor %1 entfernt</translation>
    </message>
    <message>
        <source>factor %1 not removed: %2</source>
        <translation>Faktor %1 nicht entfernt: %2</translation>
    </message>
    <message>
        <source>; the answer was lost, so journal resume settles it from the user&apos;s factor list</source>
        <translation>; die Antwort ging verloren, daher klärt die Journal-Wiederaufnahme es anhand der Faktorliste des Benutzers</translation>
    </message>
    <message>
        <source>; not removed: %1</source>
        <translation>; nicht entfernt: %1</translation>
    </message>
    <message>
        <source>factors to remove: %1</source>
        <translation>zu entfernende Faktoren: %1</translation>
    </message>
    <message>
        <source>resets every factor; enrolled now: %1</source>
        <translation>setzt jeden Faktor zurück; derzeit registriert: %1</translation>
    </message>
    <message>
        <source>no factor removed</source>
        <translation>kein Faktor entfernt</translation>
    </message>
    <message>
        <source>factors removed: %1</source>
        <translation>entfernte Faktoren: %1</translation>
    </message>
    <message>
        <source>%1 is being acted on by %2: nothing was sent. Wait for that run to end, or ask them.</source>
        <translation>An %1 arbeitet gerade %2: Es wurde nichts gesendet. Warten Sie, bis dieser Lauf endet, oder fragen Sie nach.</translation>
    </message>
    <message>
        <source>%1 could not be claimed for this run, so nothing was sent: %2</source>
        <translation>%1 konnte für diesen Lauf nicht übernommen werden, daher wurde nichts gesendet: %2</translation>
    </message>
    <message>
        <source>%1 was just acted on by %2 (run %3), after this run read the user&apos;s state: nothing was sent. Look at the user again before acting.</source>
        <translation>An %1 hat eben %2 gearbeitet (Lauf %3), nachdem dieser Lauf den Zustand des Benutzers gelesen hatte: Es wurde nichts gesendet. Sehen Sie sich den Benutzer erneut an, bevor Sie handeln.</translation>
    </message>
</context>
<context>
    <name>cordon::core::CredentialProbe</name>
    <message>
        <source>the service app was not granted %1 (or Cordon does not ask for it: add it to the scopes in Settings)</source>
        <translation>der Service-App wurde %1 nicht gewährt (oder Cordon fragt nicht danach: Fügen Sie es in den Einstellungen zu den Scopes hinzu)</translation>
    </message>
    <message>
        <source>the admin roles (%1) may not reset passwords or MFA factors</source>
        <translation>die Admin-Rollen (%1) dürfen keine Passwörter oder MFA-Faktoren zurücksetzen</translation>
    </message>
    <message>
        <source>Okta refused to read user risk (%1): the org does not have Identity Threat Protection, or the credentials may not use it</source>
        <translation>Okta verweigerte das Lesen des Benutzerrisikos (%1): Die Organisation hat keine Identity Threat Protection, oder die Anmeldedaten dürfen sie nicht nutzen</translation>
    </message>
    <message>
        <source>Okta refused to list the user&apos;s factors (%1): the credentials may not manage MFA factors</source>
        <translation>Okta verweigerte das Auflisten der Faktoren des Benutzers (%1): Die Anmeldedaten dürfen keine MFA-Faktoren verwalten</translation>
    </message>
</context>
<context>
    <name>cordon::core::DataFolder</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot make the folder %1 private.</source>
        <translation>Der Ordner %1 kann nicht privat gemacht werden.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>cordon::core::Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot configure the database: %1</source>
        <translation>Die Datenbank kann nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <source>The database cannot use write-ahead logging (journal mode %1).</source>
        <translation>Die Datenbank kann kein Write-Ahead-Logging verwenden (Journalmodus %1).</translation>
    </message>
    <message>
        <source>Cannot lock the database for its schema check: %1</source>
        <translation>Die Datenbank kann für die Schemaprüfung nicht gesperrt werden: %1</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Cordon (schema %2; this program knows up to %3). It is left untouched: use that newer version of Cordon.</source>
        <translation>Die Datenbank %1 wurde von einer neueren Cordon-Version geschrieben (Schema %2; dieses Programm kennt bis %3). Sie bleibt unverändert: Verwenden Sie die neuere Cordon-Version.</translation>
    </message>
    <message>
        <source>Cannot record the schema version: %1</source>
        <translation>Die Schemaversion kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot commit the schema update: %1</source>
        <translation>Die Schemaaktualisierung kann nicht übernommen werden: %1</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (on Debian and Ubuntu: libqt6sql6-psql).</source>
        <translation>Der PostgreSQL-Treiber von Qt ist nicht installiert (unter Debian und Ubuntu: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>Cannot ask %1 who is connected: %2</source>
        <translation>%1 kann nicht gefragt werden, wer verbunden ist: %2</translation>
    </message>
    <message>
        <source>(The schema is created and updated by the database&apos;s owner role, with cordonctl db migrate: see packaging/postgresql/README.md.)</source>
        <translation>(Das Schema legt die Eigentümerrolle der Datenbank mit cordonctl db migrate an und aktualisiert es: siehe packaging/postgresql/README.md.)</translation>
    </message>
    <message>
        <source>The database %1 holds no Cordon schema yet: run cordonctl db migrate.</source>
        <translation>Die Datenbank %1 enthält noch kein Cordon-Schema: Führen Sie cordonctl db migrate aus.</translation>
    </message>
    <message>
        <source>The database %1 has schema %2; this program needs %3: run cordonctl db migrate.</source>
        <translation>Die Datenbank %1 hat Schema %2; dieses Programm braucht %3: Führen Sie cordonctl db migrate aus.</translation>
    </message>
</context>
<context>
    <name>cordon::core::DatabaseUrl</name>
    <message>
        <source>A database URL starts with postgresql://</source>
        <translation>Eine Datenbank-URL beginnt mit postgresql://</translation>
    </message>
    <message>
        <source>The database URL cannot be read.</source>
        <translation>Die Datenbank-URL kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The database URL holds a password. Take it out: Cordon reads the password from the keychain (Settings → Database) or from PGPASSWORD.</source>
        <translation>Die Datenbank-URL enthält ein Passwort. Entfernen Sie es: Cordon liest das Passwort aus dem Schlüsselbund (Einstellungen → Datenbank) oder aus PGPASSWORD.</translation>
    </message>
    <message>
        <source>The database URL&apos;s port %1 is not a port number.</source>
        <translation>Der Port %1 der Datenbank-URL ist keine Portnummer.</translation>
    </message>
    <message>
        <source>The database URL&apos;s option %1 holds a &apos;;&apos;, which cannot be passed on.</source>
        <translation>Die Option %1 der Datenbank-URL enthält ein &apos;;&apos;, das nicht weitergegeben werden kann.</translation>
    </message>
    <message>
        <source>The database URL&apos;s option %1 is not one Cordon passes on.</source>
        <translation>Die Option %1 der Datenbank-URL gibt Cordon nicht weiter.</translation>
    </message>
    <message>
        <source>The database URL names no database: end it with /DATABASE, e.g. postgresql://jdoe@db.example:5432/cordon</source>
        <translation>Die Datenbank-URL nennt keine Datenbank: Beenden Sie sie mit /DATENBANK, z. B. postgresql://jdoe@db.example:5432/cordon</translation>
    </message>
    <message>
        <source>The database URL names no host.</source>
        <translation>Die Datenbank-URL nennt keinen Host.</translation>
    </message>
    <message>
        <source>The database URL&apos;s sslmode %1 is not one of disable, allow, prefer, require, verify-ca, verify-full.</source>
        <translation>Der sslmode %1 der Datenbank-URL ist keiner von disable, allow, prefer, require, verify-ca, verify-full.</translation>
    </message>
</context>
<context>
    <name>cordon::core::FeedSources</name>
    <message>
        <source>Cordon does not know this kind of source (%1).</source>
        <translation>Cordon kennt diese Art von Quelle nicht (%1).</translation>
    </message>
    <message>
        <source>Refused: %1.</source>
        <translation>Abgelehnt: %1.</translation>
    </message>
    <message>
        <source>Reading its key from %1…</source>
        <translation>Der Schlüssel wird aus %1 gelesen…</translation>
    </message>
    <message>
        <source>No API key stored for this source: remove it and add it again with its key.</source>
        <translation>Für diese Quelle ist kein API-Schlüssel gespeichert: Entfernen Sie sie und fügen Sie sie mit ihrem Schlüssel erneut hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) skipped; the first: %1</source>
        <translation>
            <numerusform>%n Datensatz übersprungen; der erste: %1</numerusform>
            <numerusform>%n Datensätze übersprungen; der erste: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No feeds</source>
        <translation>Keine Feeds</translation>
    </message>
    <message>
        <source>%1 ok</source>
        <translation>%1 in Ordnung</translation>
    </message>
    <message>
        <source>%1 failing</source>
        <translation>%1 mit Fehlern</translation>
    </message>
    <message>
        <source>%1 loading</source>
        <translation>%1 werden geladen</translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation>%1 angehalten</translation>
    </message>
    <message>
        <source>1 feed</source>
        <translation>1 Feed</translation>
    </message>
    <message>
        <source>%1 feeds</source>
        <translation>%1 Feeds</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>cordon::core::FileSource</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Watching %1</source>
        <translation>%1 wird überwacht</translation>
    </message>
</context>
<context>
    <name>cordon::core::HttpsSource</name>
    <message>
        <source>Polling %1</source>
        <translation>%1 wird abgefragt</translation>
    </message>
    <message>
        <source>The answer is larger than %1 (setting feeds/maxResponseBytes).</source>
        <translation>Die Antwort ist größer als %1 (Einstellung feeds/maxResponseBytes).</translation>
    </message>
    <message>
        <source>The answer took longer than %1 s and was cut off (setting feeds/maxTransferMs).</source>
        <translation>Die Antwort dauerte länger als %1 s und wurde abgebrochen (Einstellung feeds/maxTransferMs).</translation>
    </message>
    <message>
        <source>Rate limited by the server (HTTP 429).</source>
        <translation>Vom Server gedrosselt (HTTP 429).</translation>
    </message>
    <message>
        <source>No answer within %1 s.</source>
        <translation>Keine Antwort innerhalb von %1 s.</translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 von %2</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
    <message>
        <source>The answer is not a feed: %1</source>
        <translation>Die Antwort ist kein Feed: %1</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Aktualisiert um %1</translation>
    </message>
    <message>
        <source>%1 Next attempt in %2 s.</source>
        <translation>%1 Nächster Versuch in %2 s.</translation>
    </message>
    <message>
        <source>The feed&apos;s answer was refused: %1.</source>
        <translation>Die Antwort des Feeds wurde abgelehnt: %1.</translation>
    </message>
    <message>
        <source>Refusing %1: %2.</source>
        <translation>%1 abgelehnt: %2.</translation>
    </message>
</context>
<context>
    <name>cordon::core::IdentityMatcher</name>
    <message>
        <source>this principal is never matched to a person</source>
        <translation>dieser Prinzipal wird nie einer Person zugeordnet</translation>
    </message>
    <message>
        <source>never matched: %1</source>
        <translation>nie zugeordnet: %1</translation>
    </message>
</context>
<context>
    <name>cordon::core::IncidentStore</name>
    <message>
        <source>reading the incident %1 failed: %2</source>
        <translation>das Lesen des Vorfalls %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>no incident %1 is stored</source>
        <translation>kein Vorfall %1 ist gespeichert</translation>
    </message>
    <message>
        <source>the stored incident %1 cannot be read (%2)</source>
        <translation>der gespeicherte Vorfall %1 ist nicht lesbar (%2)</translation>
    </message>
</context>
<context>
    <name>cordon::core::IncidentTableModel</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Suppressed</source>
        <translation>Unterdrückt</translation>
    </message>
    <message>
        <source>(no user)</source>
        <translation>(kein Benutzer)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Detected (UTC)</source>
        <translation>Erkannt (UTC)</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Endpoint user</source>
        <translation>Endpunkt-Benutzer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Containment</source>
        <translation>Eindämmung</translation>
    </message>
</context>
<context>
    <name>cordon::core::JournalResume</name>
    <message>
        <source>could not read the user at Okta: %1</source>
        <translation>der Benutzer konnte bei Okta nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Okta cannot tell whether the sessions were cleared; clearing is idempotent, so it was sent again</source>
        <translation>Okta kann nicht sagen, ob die Sitzungen gelöscht wurden; das Löschen ist idempotent, daher wurde es erneut gesendet</translation>
    </message>
    <message>
        <source>Okta&apos;s state shows the action took effect (user is %1); nothing was sent again</source>
        <translation>Der Zustand bei Okta zeigt, dass die Aktion gewirkt hat (Benutzer ist %1); nichts erneut gesendet</translation>
    </message>
    <message>
        <source>it had not been sent; it was sent now</source>
        <translation>sie war nicht gesendet worden; sie wurde jetzt gesendet</translation>
    </message>
    <message>
        <source>Okta&apos;s state does not show it (user is %1), so it was sent again</source>
        <translation>Der Zustand bei Okta zeigt sie nicht (Benutzer ist %1), daher wurde sie erneut gesendet</translation>
    </message>
    <message>
        <source>settled by journal resume: %1</source>
        <translation>durch „journal resume“ geklärt: %1</translation>
    </message>
    <message>
        <source>left alone: a running Cordon program is waiting for Okta&apos;s answer to it</source>
        <translation>unberührt gelassen: ein laufendes Cordon-Programm wartet noch auf Oktas Antwort</translation>
    </message>
    <message>
        <source>the analyst chose not to send it again</source>
        <translation>die Analystin oder der Analyst hat entschieden, sie nicht erneut zu senden</translation>
    </message>
    <message>
        <source>not sent again: %1</source>
        <translation>nicht erneut gesendet: %1</translation>
    </message>
    <message>
        <source>the user&apos;s status at Okta changed at %1, after this action was written at %2: someone may have undone it on purpose since</source>
        <translation>der Status der Person bei Okta hat sich um %1 geändert, nachdem diese Aktion um %2 geschrieben wurde: jemand könnte sie seither absichtlich rückgängig gemacht haben</translation>
    </message>
    <message>
        <source>the members of group %1 changed at %2, after this action was written at %3: someone may have undone it on purpose since</source>
        <translation>die Mitglieder der Gruppe %1 haben sich um %2 geändert, nachdem diese Aktion um %3 geschrieben wurde: jemand könnte sie seither absichtlich rückgängig gemacht haben</translation>
    </message>
    <message>
        <source>not sent again: superseded by run %1, which acted on %2 at %3 (%4)</source>
        <translation>nicht erneut gesendet: abgelöst durch den Lauf %1, der um %3 auf %2 einwirkte (%4)</translation>
    </message>
    <message>
        <source>settled by journal resume: %1 (guardrail %2)</source>
        <translation>durch die Journal-Wiederaufnahme geklärt: %1 (Schutzregel %2)</translation>
    </message>
    <message>
        <source>could not read the user&apos;s risk at Okta: %1</source>
        <translation>das Risiko des Benutzers konnte bei Okta nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the user&apos;s risk is %1</source>
        <translation>das Risiko des Benutzers ist %1</translation>
    </message>
    <message>
        <source>could not read the user&apos;s factors at Okta: %1</source>
        <translation>die Faktoren des Benutzers konnten bei Okta nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Okta still lists factor %1</source>
        <translation>Okta listet Faktor %1 noch</translation>
    </message>
    <message>
        <source>Okta no longer lists factor %1</source>
        <translation>Okta listet Faktor %1 nicht mehr</translation>
    </message>
    <message>
        <source>the user still has a factor enrolled before the reset was written</source>
        <translation>der Benutzer hat noch einen Faktor, der vor dem Schreiben des Zurücksetzens registriert wurde</translation>
    </message>
    <message>
        <source>the user has no factor enrolled before the reset was written</source>
        <translation>der Benutzer hat keinen Faktor, der vor dem Schreiben des Zurücksetzens registriert wurde</translation>
    </message>
    <message>
        <source>user is %1</source>
        <translation>Benutzer ist %1</translation>
    </message>
    <message>
        <source>Okta&apos;s state shows the action took effect (%1); nothing was sent again</source>
        <translation>der Zustand bei Okta zeigt, dass die Aktion wirkte (%1); nichts wurde erneut gesendet</translation>
    </message>
    <message>
        <source>Okta cannot show whether Universal Logout took effect; send it again by hand if it is still wanted</source>
        <translation>Okta kann nicht zeigen, ob Universal Logout wirkte; senden Sie es von Hand erneut, wenn es noch gewünscht ist</translation>
    </message>
    <message>
        <source>Okta&apos;s state cannot show whether it took effect (%1); send it again by hand if it is still wanted</source>
        <translation>der Zustand bei Okta kann nicht zeigen, ob es wirkte (%1); senden Sie es von Hand erneut, wenn es noch gewünscht ist</translation>
    </message>
    <message>
        <source>the analyst confirmed it; it was sent again</source>
        <translation>der Analyst bestätigte es; es wurde erneut gesendet</translation>
    </message>
    <message>
        <source>Okta&apos;s state does not show it (%1), so it was sent again</source>
        <translation>der Zustand bei Okta zeigt es nicht (%1), also wurde es erneut gesendet</translation>
    </message>
    <message>
        <source>the entry names no factor, so there is nothing to settle</source>
        <translation>der Eintrag nennt keinen Faktor, also gibt es nichts zu klären</translation>
    </message>
    <message>
        <source>left alone: %1 is acting on this user</source>
        <translation>unberührt gelassen: %1 arbeitet an diesem Benutzer</translation>
    </message>
</context>
<context>
    <name>cordon::core::OrgUrl</name>
    <message>
        <source>For a server on this computer, write its loopback address (127.0.0.1 or [::1]) rather than localhost: the name is looked up, and the answer may lead off this computer.</source>
        <translation>Für einen Server auf diesem Computer geben Sie seine Loopback-Adresse (127.0.0.1 oder [::1]) statt localhost an: Der Name wird nachgeschlagen, und die Antwort kann von diesem Computer wegführen.</translation>
    </message>
</context>
<context>
    <name>cordon::core::Playbook</name>
    <message>
        <source>a playbook must be a JSON object</source>
        <translation>ein Playbook muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation>unbekanntes Feld &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;id&apos; must be 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>&apos;id&apos; muss aus 1 bis 64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos; bestehen und mit einem Buchstaben oder einer Ziffer beginnen</translation>
    </message>
    <message>
        <source>&apos;trigger&apos; must be manual, threat_identified or threat_remediated</source>
        <translation>&apos;trigger&apos; muss manual, threat_identified oder threat_remediated sein</translation>
    </message>
    <message>
        <source>&apos;mode&apos; must be automatic or ask</source>
        <translation>&apos;mode&apos; muss automatic oder ask sein</translation>
    </message>
    <message>
        <source>&apos;enabled&apos; must be true or false</source>
        <translation>&apos;enabled&apos; muss true oder false sein</translation>
    </message>
    <message>
        <source>&apos;condition&apos; must be an object</source>
        <translation>&apos;condition&apos; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>unknown condition &apos;%1&apos;</source>
        <translation>unbekannte Bedingung &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;minimumSeverity&apos; must be informational, low, medium, high or critical</source>
        <translation>&apos;minimumSeverity&apos; muss informational, low, medium, high oder critical sein</translation>
    </message>
    <message>
        <source>&apos;sources&apos; must be an array of source kinds</source>
        <translation>&apos;sources&apos; muss ein Array von Quellarten sein</translation>
    </message>
    <message>
        <source>unknown source kind &apos;%1&apos; (known: %2)</source>
        <translation>unbekannte Quellart &apos;%1&apos; (bekannt: %2)</translation>
    </message>
    <message>
        <source>source kind &apos;%1&apos; is listed twice</source>
        <translation>Quellart &apos;%1&apos; ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>every action must be a string</source>
        <translation>jede Aktion muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>action &apos;%1&apos; is listed twice</source>
        <translation>Aktion &apos;%1&apos; ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>a playbook either contains or releases: its actions mix both</source>
        <translation>ein Playbook dämmt entweder ein oder gibt frei: Seine Aktionen mischen beides</translation>
    </message>
    <message>
        <source>a playbook run when a threat is remediated may only release (unsuspend, remove-group, unrestrict)</source>
        <translation>ein Playbook, das bei behobener Bedrohung läuft, darf nur freigeben (unsuspend, remove-group, unrestrict)</translation>
    </message>
    <message>
        <source>a playbook run when a threat is identified may only contain (clear-sessions, suspend, add-group, restrict)</source>
        <translation>ein Playbook, das bei erkannter Bedrohung läuft, darf nur eindämmen (clear-sessions, suspend, add-group, restrict)</translation>
    </message>
    <message>
        <source>Contain</source>
        <translation>Eindämmen</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>it has no name; give it a name</source>
        <translation>es hat keinen Namen; geben Sie ihm einen Namen</translation>
    </message>
    <message>
        <source>it has no action; choose at least one action</source>
        <translation>es hat keine Aktion; wählen Sie mindestens eine Aktion</translation>
    </message>
    <message>
        <source>playbook &apos;%1&apos;: %2</source>
        <translation>Playbook &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>&apos;name&apos; must be a string</source>
        <translation>&apos;name&apos; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>&apos;actions&apos; must be an array of actions</source>
        <translation>&apos;actions&apos; muss ein Array von Aktionen sein</translation>
    </message>
</context>
<context>
    <name>cordon::core::PlaybookEngine</name>
    <message>
        <source>the playbook asks before it runs</source>
        <translation>das Playbook fragt vor dem Ausführen nach</translation>
    </message>
    <message>
        <source>the endpoint user has no single exact Okta match</source>
        <translation>der Endpunkt-Benutzer hat keinen eindeutigen exakten Okta-Treffer</translation>
    </message>
    <message>
        <source>the Okta search failed: %1</source>
        <translation>die Okta-Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>no restricted group is set in settings</source>
        <translation>in den Einstellungen ist keine Sperrgruppe festgelegt</translation>
    </message>
    <message>
        <source>Cordon changed nothing for this user in this incident that the playbook would undo</source>
        <translation>Cordon hat für diesen Benutzer in diesem Vorfall nichts geändert, was das Playbook rückgängig machen würde</translation>
    </message>
    <message>
        <source>every action succeeded</source>
        <translation>alle Aktionen waren erfolgreich</translation>
    </message>
    <message>
        <source>some actions failed; see the incident&apos;s results</source>
        <translation>einige Aktionen sind fehlgeschlagen; siehe die Ergebnisse des Vorfalls</translation>
    </message>
</context>
<context>
    <name>cordon::core::PlaybookStore</name>
    <message>
        <source>playbook %1: %2</source>
        <translation>Playbook %1: %2</translation>
    </message>
    <message>
        <source>playbook %1: the id &apos;%2&apos; is used twice</source>
        <translation>Playbook %1: Die ID &apos;%2&apos; wird doppelt verwendet</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>expected {&quot;playbooks&quot;: [ … ]} or an array of playbooks</source>
        <translation>erwartet wurde {&quot;playbooks&quot;: [ … ]} oder ein Array von Playbooks</translation>
    </message>
    <message>
        <source>the settings refused the playbooks</source>
        <translation>die Einstellungen haben die Playbooks abgelehnt</translation>
    </message>
    <message>
        <source>the document holds no playbooks</source>
        <translation>das Dokument enthält keine Playbooks</translation>
    </message>
</context>
<context>
    <name>cordon::core::RolePermissions</name>
    <message>
        <source>The token acts as a Super Administrator: far more than containment needs. Use a dedicated service account with a custom role (okta.users.read, okta.users.lifecycle.suspend, okta.users.lifecycle.unsuspend, okta.users.lifecycle.clearSessions, okta.groups.members.manage) or Group Admin plus Group Membership Admin.</source>
        <translation>Der Token handelt als Super Administrator: weit mehr, als die Eindämmung braucht. Verwenden Sie ein eigenes Dienstkonto mit einer benutzerdefinierten Rolle (okta.users.read, okta.users.lifecycle.suspend, okta.users.lifecycle.unsuspend, okta.users.lifecycle.clearSessions, okta.groups.members.manage) oder Group Admin plus Group Membership Admin.</translation>
    </message>
    <message>
        <source>The token&apos;s roles are limited to the groups they manage: users outside them cannot be contained, and groups that hold admin roles cannot be changed.</source>
        <translation>Die Rollen des Tokens sind auf die Gruppen beschränkt, die sie verwalten: Benutzer außerhalb davon können nicht eingedämmt und Gruppen mit Administratorrollen nicht geändert werden.</translation>
    </message>
    <message>
        <source>The token&apos;s account holds no admin role: it can contain no one.</source>
        <translation>Das Konto des Tokens hat keine Administratorrolle: Es kann niemanden eindämmen.</translation>
    </message>
    <message>
        <source>clear sessions</source>
        <translation>Sitzungen löschen</translation>
    </message>
    <message>
        <source>suspend and unsuspend</source>
        <translation>suspendieren und Suspendierung aufheben</translation>
    </message>
    <message>
        <source>change group membership</source>
        <translation>Gruppenmitgliedschaft ändern</translation>
    </message>
    <message>
        <source>The token&apos;s roles cannot: %1.</source>
        <translation>Die Rollen des Tokens können nicht: %1.</translation>
    </message>
    <message>
        <source>A custom role&apos;s permissions are not listed with the role; what it allows shows when an action runs.</source>
        <translation>Die Berechtigungen einer benutzerdefinierten Rolle werden nicht mit der Rolle aufgeführt; was sie erlaubt, zeigt sich, wenn eine Aktion läuft.</translation>
    </message>
</context>
<context>
    <name>cordon::core::TimelineModel</name>
    <message>
        <source>Refused for %1</source>
        <translation>Abgelehnt für %1</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>Request-ID %1</translation>
    </message>
    <message>
        <source>Detected on the endpoint</source>
        <translation>Auf dem Endpunkt erkannt</translation>
    </message>
    <message>
        <source>Reported by the feed</source>
        <translation>Vom Feed gemeldet</translation>
    </message>
    <message>
        <source>Acknowledged in the EDR</source>
        <translation>Im EDR bestätigt</translation>
    </message>
    <message>
        <source>Remediated</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Matched %1 to Okta user %2</source>
        <translation>%1 dem Okta-Benutzer %2 zugeordnet</translation>
    </message>
    <message>
        <source>Ruled out Okta user %2 for %1</source>
        <translation>Okta-Benutzer %2 für %1 ausgeschlossen</translation>
    </message>
    <message>
        <source>revoked %1 by %2</source>
        <translation>%1 widerrufen durch %2</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>erkannt</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>gemeldet</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>zugeordnet</translation>
    </message>
    <message>
        <source>ruled out</source>
        <translation>ausgeschlossen</translation>
    </message>
    <message>
        <source>action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>released</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>remediated</source>
        <translation>behoben</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analyst</translation>
    </message>
</context>
<context>
    <name>cordon::core::TransportRule</name>
    <message>
        <source>not a valid address</source>
        <translation>keine gültige Adresse</translation>
    </message>
    <message>
        <source>it leads to another origin, and the request carries a credential</source>
        <translation>sie führt zu einem anderen Ursprung, und die Anfrage trägt ein Zugangsgeheimnis</translation>
    </message>
    <message>
        <source>a redirect to %1 was not followed: %2</source>
        <translation>einer Weiterleitung nach %1 wurde nicht gefolgt: %2</translation>
    </message>
    <message>
        <source>plain http:// goes only to a loopback address written as one, such as 127.0.0.1 or [::1]: the name localhost is looked up, and the answer may lead off this computer</source>
        <translation>einfaches http:// geht nur an eine als solche geschriebene Loopback-Adresse wie 127.0.0.1 oder [::1]: Der Name localhost wird nachgeschlagen, und die Antwort kann von diesem Computer wegführen</translation>
    </message>
    <message>
        <source>only https://, or plain http:// to a loopback address, is allowed</source>
        <translation>nur https:// oder einfaches http:// an eine Loopback-Adresse ist erlaubt</translation>
    </message>
    <message>
        <source>only https:// is allowed</source>
        <translation>nur https:// ist erlaubt</translation>
    </message>
</context>
<context>
    <name>cordon::core::WebhookNotifier</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Incident: %1 (%2, %3)</source>
        <translation>Vorfall: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Endpoint user: %1</source>
        <translation>Endpunkt-Benutzer: %1</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Endpoint user</source>
        <translation>Endpunkt-Benutzer</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <source>Okta user: %1</source>
        <translation>Okta-Benutzer: %1</translation>
    </message>
    <message>
        <source>Okta user</source>
        <translation>Okta-Benutzer</translation>
    </message>
    <message>
        <source>Okta user: none found</source>
        <translation>Okta-Benutzer: keiner gefunden</translation>
    </message>
    <message>
        <source>Open in Cordon: %1</source>
        <translation>In Cordon öffnen: %1</translation>
    </message>
    <message>
        <source>Open in Cordon</source>
        <translation>In Cordon öffnen</translation>
    </message>
    <message>
        <source>no webhook URL is stored in the keychain</source>
        <translation>im Schlüsselbund ist keine Webhook-URL gespeichert</translation>
    </message>
    <message>
        <source>the webhook answered HTTP %1</source>
        <translation>der Webhook antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>the webhook could not be reached (%1)</source>
        <translation>der Webhook war nicht erreichbar (%1)</translation>
    </message>
    <message>
        <source>the webhook answered with a redirect; %1</source>
        <translation>der Webhook antwortete mit einer Weiterleitung; %1</translation>
    </message>
    <message>
        <source>the webhook URL is refused: %1</source>
        <translation>die Webhook-URL wird abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>cordon::core::openssl</name>
    <message>
        <source>The RSA key&apos;s &quot;n&quot; or &quot;e&quot; is missing or not base64url.</source>
        <translation>&quot;n&quot; oder &quot;e&quot; des RSA-Schlüssels fehlt oder ist kein base64url.</translation>
    </message>
    <message>
        <source>The RSA key has %1 bits; it must have from %2 to %3.</source>
        <translation>Der RSA-Schlüssel hat %1 Bit; er muss %2 bis %3 haben.</translation>
    </message>
    <message>
        <source>The RSA key could not be built.</source>
        <translation>Der RSA-Schlüssel konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The RSA key is not a valid public key.</source>
        <translation>Der RSA-Schlüssel ist kein gültiger öffentlicher Schlüssel.</translation>
    </message>
    <message>
        <source>The EC key is not on curve P-256.</source>
        <translation>Der EC-Schlüssel liegt nicht auf der Kurve P-256.</translation>
    </message>
    <message>
        <source>The EC key&apos;s &quot;x&quot; or &quot;y&quot; is missing, not base64url or not 32 bytes.</source>
        <translation>&quot;x&quot; oder &quot;y&quot; des EC-Schlüssels fehlt, ist kein base64url oder nicht 32 Bytes lang.</translation>
    </message>
    <message>
        <source>The EC key could not be built.</source>
        <translation>Der EC-Schlüssel konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The EC key&apos;s point is not on curve P-256.</source>
        <translation>Der Punkt des EC-Schlüssels liegt nicht auf der Kurve P-256.</translation>
    </message>
    <message>
        <source>The key type is not RSA or EC.</source>
        <translation>Der Schlüsseltyp ist weder RSA noch EC.</translation>
    </message>
</context>
<context>
    <name>cordon::gui::ActionPane</name>
    <message>
        <source>Containment</source>
        <translation>Eindämmung</translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation>&amp;Prüfen…</translation>
    </message>
    <message>
        <source>Review the waiting playbook</source>
        <translation>Das wartende Playbook prüfen</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Dismiss the waiting playbook</source>
        <translation>Das wartende Playbook verwerfen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>No incident selected.</source>
        <translation>Kein Vorfall ausgewählt.</translation>
    </message>
    <message>
        <source>Playbook &lt;b&gt;%1&lt;/b&gt; waits for your approval: %2.</source>
        <translation>Playbook &lt;b&gt;%1&lt;/b&gt; wartet auf Ihre Genehmigung: %2.</translation>
    </message>
    <message>
        <source>Confirm the Okta user first, then review it.</source>
        <translation>Bestätigen Sie zuerst den Okta-Benutzer und prüfen Sie es dann.</translation>
    </message>
    <message>
        <source>Nothing to contain in Okta for this incident.</source>
        <translation>Für diesen Vorfall gibt es in Okta nichts einzudämmen.</translation>
    </message>
    <message>
        <source>Contain the Okta user behind &lt;tt&gt;%1&lt;/tt&gt; on %2: clear sessions and tokens, suspend, move to the restricted group. Release them after remediation.</source>
        <translation>Den Okta-Benutzer hinter &lt;tt&gt;%1&lt;/tt&gt; auf %2 eindämmen: Sitzungen und Tokens löschen, suspendieren, in die Sperrgruppe verschieben. Nach der Bereinigung wieder freigeben.</translation>
    </message>
    <message>
        <source>an unnamed endpoint</source>
        <translation>einem unbenannten Endpunkt</translation>
    </message>
    <message>
        <source>The incident is open. Confirm the Okta user first.</source>
        <translation>Der Vorfall ist offen. Bestätigen Sie zuerst den Okta-Benutzer.</translation>
    </message>
    <message>
        <source>The incident is closed: release the user if they were contained.</source>
        <translation>Der Vorfall ist geschlossen: Geben Sie den Benutzer frei, falls er eingedämmt wurde.</translation>
    </message>
</context>
<context>
    <name>cordon::gui::AuditLogView</name>
    <message>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Filter: user, incident, action, outcome, request id…</source>
        <translation>Filter: Benutzer, Vorfall, Aktion, Ergebnis, Request-ID…</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Kette prüfen</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON exportieren…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>%1 von %n Eintrag</numerusform>
            <numerusform>%1 von %n Einträgen</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the whole audit log</source>
        <translation>Das gesamte Audit-Protokoll exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>%n Eintrag nach %1 exportiert.</numerusform>
            <numerusform>%n Einträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain BROKEN at entry %1: %2</source>
        <translation>Kette BESCHÄDIGT bei Eintrag %1: %2</translation>
    </message>
    <message>
        <source>Reading the log&apos;s key and anchor from the keychain…</source>
        <translation>Schlüssel und Anker des Protokolls werden aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>Chain BROKEN: %1</source>
        <translation>Kette BESCHÄDIGT: %1</translation>
    </message>
    <message numerus="yes">
        <source>Chain intact and sealed: %n entries checked against the key and the anchor in the keychain. Head hash %1.</source>
        <translation>
            <numerusform>Kette intakt und versiegelt: %n Eintrag mit dem Schlüssel und dem Anker im Schlüsselbund geprüft. Kopf-Hash %1.</numerusform>
            <numerusform>Kette intakt und versiegelt: %n Einträge mit dem Schlüssel und dem Anker im Schlüsselbund geprüft. Kopf-Hash %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entries 1 to %1 are unkeyed (before sealing): only their hash chain was checked.</source>
        <translation>Einträge 1 bis %1 tragen kein Schlüsselsiegel (vor dem Versiegeln): Nur ihre Hash-Kette wurde geprüft.</translation>
    </message>
    <message numerus="yes">
        <source>Chain intact, but UNSEALED: %n entries hash-chained only, which anyone who can write the data folder can recompute.</source>
        <translation>
            <numerusform>Kette intakt, aber UNVERSIEGELT: %n Eintrag nur per Hash verkettet, was jeder mit Schreibzugriff auf den Datenordner neu berechnen kann.</numerusform>
            <numerusform>Kette intakt, aber UNVERSIEGELT: %n Einträge nur per Hash verkettet, was jeder mit Schreibzugriff auf den Datenordner neu berechnen kann.</numerusform>
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
        <translation>Systemkonto: wird nie zugeordnet</translation>
    </message>
    <message>
        <source>machine account: never matched</source>
        <translation>Computerkonto: wird nie zugeordnet</translation>
    </message>
    <message>
        <source>service account: never matched</source>
        <translation>Dienstkonto: wird nie zugeordnet</translation>
    </message>
    <message>
        <source>local account: never matched</source>
        <translation>lokales Konto: wird nie zugeordnet</translation>
    </message>
    <message>
        <source>not a person&apos;s account: never matched</source>
        <translation>kein Personenkonto: wird nie zugeordnet</translation>
    </message>
    <message>
        <source>Endpoint user and Okta candidates, side by side</source>
        <translation>Endpunkt-Benutzer und Okta-Kandidaten nebeneinander</translation>
    </message>
    <message>
        <source>Not this person</source>
        <translation>Nicht diese Person</translation>
    </message>
    <message>
        <source>Remember that the selected candidate is not the endpoint&apos;s user</source>
        <translation>Merken, dass der ausgewählte Kandidat nicht der Benutzer des Endpunkts ist</translation>
    </message>
    <message>
        <source>None of these (Esc)</source>
        <translation>Keiner davon (Esc)</translation>
    </message>
    <message>
        <source>Remember that no candidate shown is the endpoint&apos;s user, then search by hand</source>
        <translation>Merken, dass keiner der angezeigten Kandidaten der Benutzer des Endpunkts ist, dann manuell suchen</translation>
    </message>
    <message>
        <source>Search Okta: name, login, email or AD username</source>
        <translation>Okta durchsuchen: Name, Login, E-Mail oder AD-Benutzername</translation>
    </message>
    <message>
        <source>Search Okta by hand</source>
        <translation>Okta manuell durchsuchen</translation>
    </message>
    <message>
        <source>No incident selected.</source>
        <translation>Kein Vorfall ausgewählt.</translation>
    </message>
    <message>
        <source>The feed names no user for this incident: there is no Okta identity to look up.</source>
        <translation>Der Feed nennt für diesen Vorfall keinen Benutzer: Es gibt keine Okta-Identität nachzuschlagen.</translation>
    </message>
    <message>
        <source>Endpoint user &lt;b&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/b&gt; on %2 (%3).</source>
        <translation>Endpunkt-Benutzer &lt;b&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/b&gt; auf %2 (%3).</translation>
    </message>
    <message>
        <source>an unnamed endpoint</source>
        <translation>einem unbenannten Endpunkt</translation>
    </message>
    <message>
        <source>Cordon never looks a system, machine or service account up in Okta, so it can never contain a person because of one.</source>
        <translation>Cordon schlägt System-, Computer- oder Dienstkonten nie in Okta nach und kann deshalb nie eine Person wegen eines solchen Kontos eindämmen.</translation>
    </message>
    <message>
        <source>Searching Okta for %1</source>
        <translation>Okta wird nach %1 durchsucht</translation>
    </message>
    <message>
        <source>The Okta search failed: %1</source>
        <translation>Die Okta-Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No Okta user looks like %1. Search by hand below.</source>
        <translation>Kein Okta-Benutzer ähnelt %1. Suchen Sie unten manuell.</translation>
    </message>
    <message>
        <source>Cordon has not been able to read the Okta admin roles of %1 yet.

If this is an admin, containing them locks out someone who runs the Okta org. Link %2 to %1 anyway?</source>
        <translation>Cordon konnte die Okta-Administratorrollen von %1 noch nicht lesen.

Falls dies ein Administrator ist, sperrt das Eindämmen jemanden aus, der die Okta-Org betreibt. %2 trotzdem mit %1 verknüpfen?</translation>
    </message>
    <message>
        <source>%1 holds Okta admin roles: %2.

Containing an admin locks out someone who runs the Okta org. Link %3 to this admin?</source>
        <translation>%1 hat Okta-Administratorrollen: %2.

Das Eindämmen eines Administrators sperrt jemanden aus, der die Okta-Org betreibt. %3 mit diesem Administrator verknüpfen?</translation>
    </message>
    <message>
        <source>Confirm an Okta admin?</source>
        <translation>Einen Okta-Administrator bestätigen?</translation>
    </message>
    <message>
        <source>The confirmation could not be saved in Cordon&apos;s database; nothing was remembered.</source>
        <translation>Die Bestätigung konnte nicht in der Datenbank von Cordon gespeichert werden; nichts wurde gemerkt.</translation>
    </message>
    <message>
        <source>Remembered: %1 is %2, confirmed by %3 on %4 (incident %5), until %6.</source>
        <translation>Gemerkt: %1 ist %2, bestätigt von %3 am %4 (Vorfall %5), bis %6.</translation>
    </message>
    <message>
        <source>Forget this link</source>
        <translation>Diese Verknüpfung vergessen</translation>
    </message>
    <message>
        <source>Rejected before for %1: %2.</source>
        <translation>Zuvor abgelehnt für %1: %2.</translation>
    </message>
    <message>
        <source>Forget the rejections</source>
        <translation>Die Ablehnungen vergessen</translation>
    </message>
    <message>
        <source>%1 (%2) holds %3</source>
        <translation>%1 (%2) hat %3</translation>
    </message>
    <message>
        <source>Okta admin among the candidates: %1. Confirming an admin asks a second time.</source>
        <translation>Okta-Administrator unter den Kandidaten: %1. Das Bestätigen eines Administrators fragt ein zweites Mal nach.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Confirm %1 (Enter)</source>
        <translation>%1 bestätigen (Eingabe)</translation>
    </message>
    <message>
        <source>Confirm (Enter)</source>
        <translation>Bestätigen (Eingabe)</translation>
    </message>
    <message>
        <source>Show the top %1</source>
        <translation>Die besten %1 anzeigen</translation>
    </message>
    <message>
        <source>Show all %1</source>
        <translation>Alle %1 anzeigen</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>%1… %2 s (Okta is slow to answer)</source>
        <translation>%1… %2 s (Okta antwortet langsam)</translation>
    </message>
    <message>
        <source>Searching Okta for &quot;%1&quot;</source>
        <translation>Okta wird nach „%1“ durchsucht</translation>
    </message>
    <message>
        <source>The Okta search for &quot;%1&quot; failed: %2</source>
        <translation>Die Okta-Suche nach „%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>found by a search for &quot;%1&quot;</source>
        <translation>gefunden mit einer Suche nach „%1“</translation>
    </message>
</context>
<context>
    <name>cordon::gui::Console</name>
    <message>
        <source>The webhook notification was not delivered: %1</source>
        <translation>Die Webhook-Benachrichtigung wurde nicht zugestellt: %1</translation>
    </message>
    <message>
        <source>Cordon&apos;s database could not be opened (%1): incidents are shown but not kept.</source>
        <translation>Die Datenbank von Cordon konnte nicht geöffnet werden (%1): Vorfälle werden angezeigt, aber nicht gespeichert.</translation>
    </message>
    <message>
        <source>the sample feed</source>
        <translation>der Beispiel-Feed</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) read from %1</source>
        <translation>
            <numerusform>%n Vorfall aus %1 gelesen</numerusform>
            <numerusform>%n Vorfälle aus %1 gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) read from %1; %2 record(s) skipped, first: %3</source>
        <translation>
            <numerusform>%n Vorfall aus %1 gelesen; %2 Datensätze übersprungen, erster: %3</numerusform>
            <numerusform>%n Vorfälle aus %1 gelesen; %2 Datensätze übersprungen, erster: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the token from %1…</source>
        <translation>Der Token wird aus %1 gelesen…</translation>
    </message>
    <message>
        <source>No API token stored: open Settings</source>
        <translation>Kein API-Token gespeichert: Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Not configured: open Settings (Ctrl+,)</source>
        <translation>Nicht eingerichtet: Einstellungen öffnen (Strg+,)</translation>
    </message>
    <message>
        <source>%1 (simulated)</source>
        <translation>%1 (simuliert)</translation>
    </message>
    <message>
        <source>Playbook %1 did not run for %2: %3</source>
        <translation>Playbook %1 lief nicht für %2: %3</translation>
    </message>
    <message>
        <source>The stored playbooks could not be read (%1): the defaults apply.</source>
        <translation>Die gespeicherten Playbooks konnten nicht gelesen werden (%1): Es gelten die Standardwerte.</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) need you</source>
        <translation>
            <numerusform>%n Vorfall braucht Sie</numerusform>
            <numerusform>%n Vorfälle brauchen Sie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (and %n more)</source>
        <translation>
            <numerusform>%1: %2 (und %n weiterer)</numerusform>
            <numerusform>%1: %2 (und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>No API token</source>
        <translation>Kein API-Token</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Okta: %1</source>
        <translation>Okta: %1</translation>
    </message>
    <message>
        <source>Connected as %1</source>
        <translation>Verbunden als %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>No API token stored for %1</source>
        <translation>Kein API-Token für %1 gespeichert</translation>
    </message>
    <message>
        <source>Incidents are listed but could not be stored (%1): they will not survive a restart.</source>
        <translation>Vorfälle werden angezeigt, konnten aber nicht gespeichert werden (%1): Sie überstehen keinen Neustart.</translation>
    </message>
    <message>
        <source>Feed sources</source>
        <translation>Feed-Quellen</translation>
    </message>
    <message>
        <source>Every feed source with its state and last error</source>
        <translation>Jede Feed-Quelle mit ihrem Status und letzten Fehler</translation>
    </message>
    <message>
        <source>No feed sources</source>
        <translation>Keine Feed-Quellen</translation>
    </message>
    <message>
        <source>The audit log is not sealed: its key could not be read or made (%1). Entries are hash-chained only.</source>
        <translation>Das Audit-Protokoll ist nicht versiegelt: Sein Schlüssel konnte nicht gelesen oder erzeugt werden (%1). Einträge sind nur per Hash verkettet.</translation>
    </message>
    <message>
        <source>The audit log is sealed, but its key cannot be read (%1): entries written now carry no seal, and Verify will report them.</source>
        <translation>Das Audit-Protokoll ist versiegelt, aber sein Schlüssel kann nicht gelesen werden (%1): Jetzt geschriebene Einträge tragen kein Siegel, und die Prüfung wird sie melden.</translation>
    </message>
    <message>
        <source>The database of an earlier version was not taken over yet: %1</source>
        <translation>Die Datenbank einer früheren Version wurde noch nicht übernommen: %1</translation>
    </message>
    <message>
        <source>The demo could not be started.</source>
        <translation>Die Demo konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Reading the service app&apos;s private key from %1…</source>
        <translation>Der private Schlüssel der Dienst-App wird aus %1 gelesen…</translation>
    </message>
    <message>
        <source>No private key stored for the service app: open Settings</source>
        <translation>Kein privater Schlüssel für die Dienst-App gespeichert: Einstellungen öffnen</translation>
    </message>
    <message>
        <source>The service app&apos;s private key cannot be read: %1</source>
        <translation>Der private Schlüssel der Dienst-App kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The service app cannot sign in: %1</source>
        <translation>Die Dienst-App kann sich nicht anmelden: %1</translation>
    </message>
    <message>
        <source>Connected as service app %1</source>
        <translation>Verbunden als Dienst-App %1</translation>
    </message>
</context>
<context>
    <name>cordon::gui::ContainmentPage</name>
    <message>
        <source>Restricted group:</source>
        <translation>Sperrgruppe:</translation>
    </message>
    <message>
        <source>Search Okta groups by name</source>
        <translation>Okta-Gruppen nach Name durchsuchen</translation>
    </message>
    <message>
        <source>Type a group name to search Okta</source>
        <translation>Geben Sie einen Gruppennamen ein, um Okta zu durchsuchen</translation>
    </message>
    <message>
        <source>Matching Okta groups</source>
        <translation>Passende Okta-Gruppen</translation>
    </message>
    <message>
        <source>Clearing sessions also forgets the user&apos;s remembered &amp;devices</source>
        <translation>Beim Beenden der Sitzungen auch die gemerkten Geräte des Benutzers &amp;vergessen</translation>
    </message>
    <message>
        <source>Sent to Okta as forgetDevices: the user must pass every factor again on every device.</source>
        <translation>An Okta als forgetDevices gesendet: Der Benutzer muss auf jedem Gerät wieder jeden Faktor bestehen.</translation>
    </message>
    <message>
        <source>Protected accounts, one per line: Okta id, login, short login, email or AD username</source>
        <translation>Geschützte Konten, eines pro Zeile: Okta-ID, Login, kurzer Login, E-Mail oder AD-Benutzername</translation>
    </message>
    <message>
        <source>One per line: Okta id, login, short login, email or AD username</source>
        <translation>Eines pro Zeile: Okta-ID, Login, kurzer Login, E-Mail oder AD-Benutzername</translation>
    </message>
    <message>
        <source>Protected &amp;accounts:</source>
        <translation>Geschützte &amp;Konten:</translation>
    </message>
    <message>
        <source>C&amp;heck accounts at Okta</source>
        <translation>Konten bei Okta &amp;prüfen</translation>
    </message>
    <message>
        <source>Check which Okta user each protected account names</source>
        <translation>Prüfen, welchen Okta-Benutzer jedes geschützte Konto bezeichnet</translation>
    </message>
    <message>
        <source>The Okta user each protected account names</source>
        <translation>Der Okta-Benutzer, den jedes geschützte Konto bezeichnet</translation>
    </message>
    <message>
        <source>Protected groups, one group name or id per line</source>
        <translation>Geschützte Gruppen, ein Gruppenname oder eine ID pro Zeile</translation>
    </message>
    <message>
        <source>One Okta group name or id per line</source>
        <translation>Ein Okta-Gruppenname oder eine ID pro Zeile</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>Keine gewählt</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Okta cannot add users to a %1 group.</source>
        <translation>Okta kann keine Benutzer zu einer %1-Gruppe hinzufügen.</translation>
    </message>
    <message>
        <source>No valid org URL.</source>
        <translation>Keine gültige Org-URL.</translation>
    </message>
    <message>
        <source>No API token is stored for %1.</source>
        <translation>Für %1 ist kein API-Token gespeichert.</translation>
    </message>
    <message>
        <source>Protected accounts</source>
        <translation>Geschützte Konten</translation>
    </message>
    <message>
        <source>Nothing was saved: each protected account must name exactly one Okta user.

%1</source>
        <translation>Nichts wurde gespeichert: Jedes geschützte Konto muss genau einen Okta-Benutzer bezeichnen.

%1</translation>
    </message>
    <message>
        <source>These protected accounts could not be checked at Okta:

%1

Keep them as written? Until they are resolved they protect whoever has that login, email, short login or AD username.</source>
        <translation>Diese geschützten Konten konnten bei Okta nicht geprüft werden:

%1

So wie geschrieben behalten? Bis sie aufgelöst sind, schützen sie jeden mit diesem Login, dieser E-Mail, diesem kurzen Login oder diesem AD-Benutzernamen.</translation>
    </message>
    <message>
        <source>F&amp;ind group:</source>
        <translation>Gruppe &amp;suchen:</translation>
    </message>
    <message>
        <source>Protected g&amp;roups:</source>
        <translation>Geschützte &amp;Gruppen:</translation>
    </message>
</context>
<context>
    <name>cordon::gui::ContainmentWidget</name>
    <message>
        <source>Contain:</source>
        <translation>Eindämmen:</translation>
    </message>
    <message>
        <source>Contain</source>
        <translation>Eindämmen</translation>
    </message>
    <message>
        <source>Suspend, clear sessions and OAuth tokens, add to the restricted group</source>
        <translation>Suspendieren, Sitzungen und OAuth-Tokens löschen, zur Sperrgruppe hinzufügen</translation>
    </message>
    <message>
        <source>Clear sessions</source>
        <translation>Sitzungen löschen</translation>
    </message>
    <message>
        <source>End every Okta session and revoke the OAuth tokens</source>
        <translation>Jede Okta-Sitzung beenden und die OAuth-Tokens widerrufen</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspendieren</translation>
    </message>
    <message>
        <source>The user cannot sign in</source>
        <translation>Der Benutzer kann sich nicht anmelden</translation>
    </message>
    <message>
        <source>Restrict</source>
        <translation>Einschränken</translation>
    </message>
    <message>
        <source>Add to the group chosen below</source>
        <translation>Zur unten gewählten Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>After remediation:</source>
        <translation>Nach der Bereinigung:</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Undo what Cordon did for this incident, and nothing else</source>
        <translation>Rückgängig machen, was Cordon für diesen Vorfall getan hat, und nichts sonst</translation>
    </message>
    <message>
        <source>Unsuspend</source>
        <translation>Suspendierung aufheben</translation>
    </message>
    <message>
        <source>Unsuspend, even if Cordon did not suspend the user</source>
        <translation>Suspendierung aufheben, auch wenn Cordon den Benutzer nicht suspendiert hat</translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation>Aus Gruppe entfernen</translation>
    </message>
    <message>
        <source>Remove from the group chosen below, even if Cordon did not add the user</source>
        <translation>Aus der unten gewählten Gruppe entfernen, auch wenn Cordon den Benutzer nicht hinzugefügt hat</translation>
    </message>
    <message>
        <source>Show Okta calls</source>
        <translation>Okta-Aufrufe anzeigen</translation>
    </message>
    <message>
        <source>The Okta calls Contain would send; nothing is sent</source>
        <translation>Die Okta-Aufrufe, die Eindämmen senden würde; nichts wird gesendet</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Gruppe:</translation>
    </message>
    <message>
        <source>The group Restrict adds to and Remove from group removes from: an Okta group id or its exact name</source>
        <translation>Die Gruppe, zu der Einschränken hinzufügt und aus der „Aus Gruppe entfernen“ entfernt: eine Okta-Gruppen-ID oder ihr genauer Name</translation>
    </message>
    <message>
        <source>Okta actions and their states</source>
        <translation>Okta-Aktionen und ihr Status</translation>
    </message>
    <message>
        <source>Confirm the Okta user behind the incident to contain them.</source>
        <translation>Bestätigen Sie den Okta-Benutzer hinter dem Vorfall, um ihn einzudämmen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;Okta status: &lt;b style=&quot;color:%3&quot;&gt;%4&lt;/b&gt; &amp;nbsp; Incident: %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;Okta-Status: &lt;b style=&quot;color:%3&quot;&gt;%4&lt;/b&gt; &amp;nbsp; Vorfall: %5</translation>
    </message>
    <message>
        <source>The playbook acts on the restricted group, and none is set: choose one in Settings.</source>
        <translation>Das Playbook wirkt auf die Sperrgruppe, und keine ist festgelegt: Wählen Sie eine in den Einstellungen.</translation>
    </message>
    <message>
        <source>Cordon changed nothing at Okta for %1 in this incident that %2 would undo.</source>
        <translation>Cordon hat bei Okta für %1 in diesem Vorfall nichts geändert, was %2 rückgängig machen würde.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Contain %1</source>
        <translation>%1 eindämmen</translation>
    </message>
    <message>
        <source>Dry run for %1</source>
        <translation>Probelauf für %1</translation>
    </message>
    <message>
        <source>Clear the sessions of %1</source>
        <translation>Sitzungen von %1 löschen</translation>
    </message>
    <message>
        <source>Suspend %1</source>
        <translation>%1 suspendieren</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Keine Gruppe</translation>
    </message>
    <message>
        <source>Choose the group to add %1 to, or set the restricted group in Settings.</source>
        <translation>Wählen Sie die Gruppe, zu der %1 hinzugefügt werden soll, oder legen Sie die Sperrgruppe in den Einstellungen fest.</translation>
    </message>
    <message>
        <source>Restrict %1</source>
        <translation>%1 einschränken</translation>
    </message>
    <message>
        <source>Nothing to release</source>
        <translation>Nichts freizugeben</translation>
    </message>
    <message>
        <source>Cordon changed nothing at Okta for %1 in this incident, so Release has nothing to undo. To act anyway, use Unsuspend or Remove from group.</source>
        <translation>Cordon hat bei Okta für %1 in diesem Vorfall nichts geändert, daher hat Freigeben nichts rückgängig zu machen. Um trotzdem zu handeln, verwenden Sie „Suspendierung aufheben“ oder „Aus Gruppe entfernen“.</translation>
    </message>
    <message>
        <source>Release %1</source>
        <translation>%1 freigeben</translation>
    </message>
    <message>
        <source>Cordon did not suspend %1 for this incident: someone or something else did. Unsuspend only if you know why they were suspended.</source>
        <translation>Cordon hat %1 für diesen Vorfall nicht suspendiert: Jemand oder etwas anderes war es. Heben Sie die Suspendierung nur auf, wenn Sie wissen, warum der Benutzer suspendiert wurde.</translation>
    </message>
    <message>
        <source>Unsuspend %1</source>
        <translation>Suspendierung von %1 aufheben</translation>
    </message>
    <message>
        <source>Choose the group to remove %1 from.</source>
        <translation>Wählen Sie die Gruppe, aus der %1 entfernt werden soll.</translation>
    </message>
    <message>
        <source>Cordon did not add %1 to %2 for this incident. Remove them only if you know why they are a member.</source>
        <translation>Cordon hat %1 für diesen Vorfall nicht zu %2 hinzugefügt. Entfernen Sie den Benutzer nur, wenn Sie wissen, warum er Mitglied ist.</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>%1 aus %2 entfernen</translation>
    </message>
    <message>
        <source>Reading %1 at Okta…</source>
        <translation>%1 wird bei Okta gelesen…</translation>
    </message>
    <message>
        <source>clear every Okta session and OAuth token of %1</source>
        <translation>alle Okta-Sitzungen und OAuth-Tokens von %1 löschen</translation>
    </message>
    <message>
        <source>clear their Okta sessions and OAuth tokens</source>
        <translation>die Okta-Sitzungen und OAuth-Tokens löschen</translation>
    </message>
    <message>
        <source>suspend %1</source>
        <translation>%1 suspendieren</translation>
    </message>
    <message>
        <source>suspend them</source>
        <translation>den Benutzer suspendieren</translation>
    </message>
    <message>
        <source>unsuspend %1</source>
        <translation>Suspendierung von %1 aufheben</translation>
    </message>
    <message>
        <source>unsuspend them</source>
        <translation>die Suspendierung aufheben</translation>
    </message>
    <message>
        <source>add %1 to %2</source>
        <translation>%1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <source>add them to %1</source>
        <translation>zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>remove %1 from %2</source>
        <translation>%1 aus %2 entfernen</translation>
    </message>
    <message>
        <source>remove them from %1</source>
        <translation>aus %1 entfernen</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Already so at Okta, not sent: %1.</source>
        <translation>Bei Okta bereits so, nicht gesendet: %1.</translation>
    </message>
    <message>
        <source>Incident: %1</source>
        <translation>Vorfall: %1</translation>
    </message>
    <message>
        <source>The Okta calls are one click away, under Show Details.</source>
        <translation>Die Okta-Aufrufe sind einen Klick entfernt, unter „Details einblenden“.</translation>
    </message>
    <message>
        <source>Okta calls (dry run):
%1</source>
        <translation>Okta-Aufrufe (Probelauf):
%1</translation>
    </message>
    <message>
        <source>Nothing was sent. %1</source>
        <translation>Nichts wurde gesendet. %1</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: Contain would send %n Okta call(s), listed above. Nothing was sent.</source>
        <translation>
            <numerusform>Probelauf: Eindämmen würde %n Okta-Aufruf senden, oben aufgeführt. Nichts wurde gesendet.</numerusform>
            <numerusform>Probelauf: Eindämmen würde %n Okta-Aufrufe senden, oben aufgeführt. Nichts wurde gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be sent for %1: see the list.</source>
        <translation>Für %1 kann nichts gesendet werden: siehe die Liste.</translation>
    </message>
    <message>
        <source>%1 is already in that state at Okta: nothing to send.</source>
        <translation>%1 ist bei Okta bereits in diesem Zustand: Nichts zu senden.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was sent.</source>
        <translation>Abgebrochen: Nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>%1 is an Okta ADMINISTRATOR. Acting on an administrator can lock your organization out of its own admin console.

%2 anyway?</source>
        <translation>%1 ist ein Okta-ADMINISTRATOR. Das Handeln an einem Administrator kann Ihre Organisation aus ihrer eigenen Admin-Konsole aussperren.

Trotzdem %2?</translation>
    </message>
    <message>
        <source>Administrator account</source>
        <translation>Administratorkonto</translation>
    </message>
    <message>
        <source>Cancelled: %1 is an administrator and nothing was sent.</source>
        <translation>Abgebrochen: %1 ist ein Administrator, und nichts wurde gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n action(s) to Okta…</source>
        <translation>
            <numerusform>%n Aktion wird an Okta gesendet…</numerusform>
            <numerusform>%n Aktionen werden an Okta gesendet…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Nichts wurde gesendet: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) FAILED for %1: Okta&apos;s answer is in the list; Retry sends the action again.</source>
        <translation>
            <numerusform>%n Aktion für %1 FEHLGESCHLAGEN: Die Antwort von Okta steht in der Liste; „Erneut versuchen“ sendet die Aktion noch einmal.</numerusform>
            <numerusform>%n Aktionen für %1 FEHLGESCHLAGEN: Die Antwort von Okta steht in der Liste; „Erneut versuchen“ sendet die Aktion noch einmal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every action succeeded for %1. Okta status: %2.</source>
        <translation>Alle Aktionen für %1 waren erfolgreich. Okta-Status: %2.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Send this action to Okta again</source>
        <translation>Diese Aktion erneut an Okta senden</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Settled %n unfinished Okta action(s) from an earlier run: %1.</source>
        <translation>
            <numerusform>%n offene Okta-Aktion aus einem früheren Lauf geklärt: %1.</numerusform>
            <numerusform>%n offene Okta-Aktionen aus einem früheren Lauf geklärt: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished Okta action(s) could not be settled; Cordon tries again at the next start.</source>
        <translation>
            <numerusform>%n offene Okta-Aktion konnte nicht geklärt werden; Cordon versucht es beim nächsten Start erneut.</numerusform>
            <numerusform>%n offene Okta-Aktionen konnten nicht geklärt werden; Cordon versucht es beim nächsten Start erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group to restrict to or remove from</source>
        <translation>Gruppe zum Einschränken oder Entfernen</translation>
    </message>
    <message>
        <source>%1 %2: sent again, %3</source>
        <translation>%1 %2: erneut gesendet, %3</translation>
    </message>
    <message>
        <source>%1 %2: not sent, a later run on the user superseded it</source>
        <translation>%1 %2: nicht gesendet, ein späterer Lauf für diese Person hat sie abgelöst</translation>
    </message>
    <message>
        <source>%1 %2: not sent, refused by the guardrails</source>
        <translation>%1 %2: nicht gesendet, von den Schutzregeln abgelehnt</translation>
    </message>
    <message>
        <source>%1 %2: left alone, a running Cordon program still waits for Okta&apos;s answer</source>
        <translation>%1 %2: unberührt gelassen, ein laufendes Cordon-Programm wartet noch auf Oktas Antwort</translation>
    </message>
    <message>
        <source>%1 %2: not sent, as you chose</source>
        <translation>%1 %2: nicht gesendet, wie von Ihnen gewählt</translation>
    </message>
    <message>
        <source>• %1 %2 (incident %3): %4</source>
        <translation>• %1 %2 (Vorfall %3): %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Unfinished Okta actions</source>
        <translation>Offene Okta-Aktionen</translation>
    </message>
    <message numerus="yes">
        <source>An earlier run left %n Okta action(s) unfinished, and Cordon cannot tell whether they are still wanted:

%1

Send them to Okta now? No closes them unsent; the audit log records your choice.</source>
        <translation>
            <numerusform>Ein früherer Lauf hat %n Okta-Aktion offen gelassen, und Cordon kann nicht erkennen, ob sie noch gewollt ist:

%1

Jetzt an Okta senden? Nein schließt sie ungesendet ab; das Audit-Protokoll hält Ihre Wahl fest.</numerusform>
            <numerusform>Ein früherer Lauf hat %n Okta-Aktionen offen gelassen, und Cordon kann nicht erkennen, ob sie noch gewollt sind:

%1

Jetzt an Okta senden? Nein schließt sie ungesendet ab; das Audit-Protokoll hält Ihre Wahl fest.</numerusform>
        </translation>
    </message>
    <message>
        <source>The service app was not granted %1</source>
        <translation>Der Dienst-App wurde %1 nicht gewährt</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
    <message>
        <source>User risk, Universal Logout, MFA factors and password: each asks first</source>
        <translation>Benutzerrisiko, Universal Logout, MFA-Faktoren und Passwort: Jede fragt zuerst</translation>
    </message>
    <message>
        <source>Set user risk (HIGH or MEDIUM)</source>
        <translation>Benutzerrisiko setzen (HIGH oder MEDIUM)</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>%1 (unavailable: %2)</source>
        <translation>%1 (nicht verfügbar: %2)</translation>
    </message>
    <message>
        <source>Lower risk to LOW…</source>
        <translation>Risiko auf LOW senken…</translation>
    </message>
    <message>
        <source>Lower risk to LOW (unavailable: %1)</source>
        <translation>Risiko auf LOW senken (nicht verfügbar: %1)</translation>
    </message>
    <message>
        <source>Undo a raised risk: Okta cannot set NONE, so LOW is as low as it goes</source>
        <translation>Ein erhöhtes Risiko rückgängig machen: Okta kann NONE nicht setzen, LOW ist also das Niedrigste</translation>
    </message>
    <message>
        <source>Unavailable here:
%1</source>
        <translation>Hier nicht verfügbar:
%1</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cordon did not raise the risk of %1 for this incident.</source>
        <translation>Cordon hat das Risiko von %1 für diesen Vorfall nicht erhöht.</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <source>• %1: %2
   %3</source>
        <translation>• %1: %2
   %3</translation>
    </message>
    <message>
        <source>• %1: nothing to send, %2</source>
        <translation>• %1: nichts zu senden, %2</translation>
    </message>
    <message>
        <source>• %1: cannot be sent: %2</source>
        <translation>• %1: kann nicht gesendet werden: %2</translation>
    </message>
    <message>
        <source>Waiting for your confirmation: nothing is sent until then.</source>
        <translation>Warten auf Ihre Bestätigung: Bis dahin wird nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>cordon::gui::CredentialActionDialog</name>
    <message>
        <source>Set risk to %1</source>
        <translation>Risiko auf %1 setzen</translation>
    </message>
    <message>
        <source>Log out everywhere</source>
        <translation>Überall abmelden</translation>
    </message>
    <message>
        <source>Remove factors</source>
        <translation>Faktoren entfernen</translation>
    </message>
    <message>
        <source>Reset all factors</source>
        <translation>Alle Faktoren zurücksetzen</translation>
    </message>
    <message>
        <source>Expire password</source>
        <translation>Passwort ablaufen lassen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>LOW is the lowest level Cordon can set: Okta cannot set a user&apos;s risk back to NONE.</source>
        <translation>LOW ist die niedrigste Stufe, die Cordon setzen kann: Okta kann das Risiko eines Benutzers nicht auf NONE zurücksetzen.</translation>
    </message>
    <message>
        <source>Risk level:</source>
        <translation>Risikostufe:</translation>
    </message>
    <message>
        <source>Okta records this reason: at most 500 letters, digits, spaces, hyphens, commas and periods</source>
        <translation>Okta speichert diese Begründung: höchstens 500 Buchstaben, Ziffern, Leerzeichen, Bindestriche, Kommas und Punkte</translation>
    </message>
    <message>
        <source>Reason Okta records:</source>
        <translation>Begründung, die Okta speichert:</translation>
    </message>
    <message>
        <source>Factors enrolled at or after this time are removed; the incident&apos;s detection time unless you change it</source>
        <translation>Faktoren, die zu oder nach dieser Zeit registriert wurden, werden entfernt; die Erkennungszeit des Vorfalls, sofern Sie sie nicht ändern</translation>
    </message>
    <message>
        <source>Enrolled since:</source>
        <translation>Registriert seit:</translation>
    </message>
    <message>
        <source>&lt;b&gt;What Okta would change (dry run):&lt;/b&gt;</source>
        <translation>&lt;b&gt;Was Okta ändern würde (Probelauf):&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reading the user at Okta…</source>
        <translation>Benutzer wird bei Okta gelesen…</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Nichts wurde gesendet: %1</translation>
    </message>
</context>
<context>
    <name>cordon::gui::DatabasePage</name>
    <message>
        <source>SQ&amp;Lite file in the data folder (one analyst)</source>
        <translation>SQ&amp;Lite-Datei im Datenordner (ein Analyst)</translation>
    </message>
    <message>
        <source>&amp;Team database on PostgreSQL, shared by the analysts</source>
        <translation>&amp;Team-Datenbank auf PostgreSQL, von den Analysten geteilt</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Kept in the keychain; leave empty to keep the stored one</source>
        <translation>Im Schlüsselbund gespeichert; leer lassen, um das gespeicherte zu behalten</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Each analyst connects as their own database role: the server&apos;s name for it is recorded with every change. TLS that checks the server&apos;s certificate is the default for any host but this computer. A change applies at the next start.</source>
        <translation>Jeder Analyst verbindet sich mit seiner eigenen Datenbankrolle: Der Name, den der Server dafür kennt, wird bei jeder Änderung festgehalten. TLS mit Prüfung des Serverzertifikats ist für jeden Host außer diesem Computer voreingestellt. Eine Änderung gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Database connection test</source>
        <translation>Test der Datenbankverbindung</translation>
    </message>
    <message>
        <source>CORDON_DATABASE_URL is set, and overrides this setting: Cordon opens %1.</source>
        <translation>CORDON_DATABASE_URL ist gesetzt und hat Vorrang vor dieser Einstellung: Cordon öffnet %1.</translation>
    </message>
    <message>
        <source>Enter the team database&apos;s URL, or choose the file in the data folder.</source>
        <translation>Geben Sie die URL der Team-Datenbank ein oder wählen Sie die Datei im Datenordner.</translation>
    </message>
    <message>
        <source>The database URL must start with postgresql:// (for example postgresql://jdoe@db.soc.example:5432/cordon).</source>
        <translation>Die Datenbank-URL muss mit postgresql:// beginnen (zum Beispiel postgresql://jdoe@db.soc.example:5432/cordon).</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <source>The keychain did not store the database password: %1</source>
        <translation>Der Schlüsselbund hat das Datenbankpasswort nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>A password is stored in the keychain for this URL.</source>
        <translation>Für diese URL ist ein Passwort im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>No password stored for this URL (PGPASSWORD or ~/.pgpass serve when the server asks).</source>
        <translation>Für diese URL ist kein Passwort gespeichert (PGPASSWORD oder ~/.pgpass dienen, wenn der Server fragt).</translation>
    </message>
    <message>
        <source>%1 does not exist yet: Cordon creates it at its next start.</source>
        <translation>%1 gibt es noch nicht: Cordon legt sie beim nächsten Start an.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The server asks for a password: type it above, or set PGPASSWORD.</source>
        <translation>Der Server verlangt ein Passwort: Geben Sie es oben ein oder setzen Sie PGPASSWORD.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Verbunden mit %1.</translation>
    </message>
    <message>
        <source>The server knows you as %1; your changes are recorded under that name.</source>
        <translation>Der Server kennt Sie als %1; Ihre Änderungen werden unter diesem Namen festgehalten.</translation>
    </message>
    <message>
        <source>Analyst: %1.</source>
        <translation>Analyst: %1.</translation>
    </message>
    <message>
        <source>Schema %1, this version&apos;s.</source>
        <translation>Schema %1, das dieser Version.</translation>
    </message>
    <message>
        <source>TLS: none (the connection is not encrypted).</source>
        <translation>TLS: keins (die Verbindung ist nicht verschlüsselt).</translation>
    </message>
    <message>
        <source>TLS: %1.</source>
        <translation>TLS: %1.</translation>
    </message>
    <message>
        <source>Signed in with the password stored in the keychain.</source>
        <translation>Mit dem im Schlüsselbund gespeicherten Passwort angemeldet.</translation>
    </message>
    <message>
        <source>A change of database applies at the next start.</source>
        <translation>Ein Wechsel der Datenbank gilt ab dem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>cordon::gui::DemoMode</name>
    <message>
        <source>Could not create a temporary folder for the demo: %1</source>
        <translation>Für die Demo konnte kein temporärer Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <source>The demo org could not be loaded: %1</source>
        <translation>Die Demo-Org konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The simulated Okta org could not listen on this computer: %1</source>
        <translation>Die simulierte Okta-Org kann auf diesem Computer nicht lauschen: %1</translation>
    </message>
</context>
<context>
    <name>cordon::gui::FeedSourcesView</name>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Red Canary API</source>
        <translation>Red-Canary-API</translation>
    </message>
    <message>
        <source>JSON over HTTPS</source>
        <translation>JSON über HTTPS</translation>
    </message>
    <message>
        <source>Feed sources</source>
        <translation>Feed-Quellen</translation>
    </message>
    <message>
        <source>Feed sources and their state</source>
        <translation>Feed-Quellen und ihr Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Letzter Erfolg</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Read or poll the selected feed source now</source>
        <translation>Die ausgewählte Feed-Quelle jetzt lesen oder abfragen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Loading: %1</source>
        <translation>Wird geladen: %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failing: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>cordon::gui::FeedsPage</name>
    <message>
        <source>%1 (Red Canary API, every %2 min)</source>
        <translation>%1 (Red-Canary-API, alle %2 min)</translation>
    </message>
    <message>
        <source>%1 (JSON, every %2 min)</source>
        <translation>%1 (JSON, alle %2 min)</translation>
    </message>
    <message>
        <source>Incident feeds to load: files or folders on this computer (watched as they change) or https:// addresses (polled).</source>
        <translation>Zu ladende Vorfall-Feeds: Dateien oder Ordner auf diesem Computer (auf Änderungen überwacht) oder https://-Adressen (regelmäßig abgefragt).</translation>
    </message>
    <message>
        <source>Feed sources</source>
        <translation>Feed-Quellen</translation>
    </message>
    <message>
        <source>Feed file path or https address</source>
        <translation>Pfad der Feed-Datei oder HTTPS-Adresse</translation>
    </message>
    <message>
        <source>File or folder path, or https:// address</source>
        <translation>Datei- oder Ordnerpfad oder https://-Adresse</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a feed file</source>
        <translation>Eine Feed-Datei wählen</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>O&amp;rt:</translation>
    </message>
    <message>
        <source>Reads:</source>
        <translation>Liest:</translation>
    </message>
    <message>
        <source>API key or bearer token of the feed</source>
        <translation>API-Schlüssel oder Bearer-Token des Feeds</translation>
    </message>
    <message>
        <source>API key (Red Canary) or bearer token, kept in the keychain</source>
        <translation>API-Schlüssel (Red Canary) oder Bearer-Token, im Schlüsselbund abgelegt</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Minutes between polls</source>
        <translation>Minuten zwischen Abfragen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Poll every:</source>
        <translation>A&amp;bfragen alle:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add feed source</source>
        <translation>Feed-Quelle hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>E&amp;ntfernen</translation>
    </message>
    <message>
        <source>Remove the selected feed source</source>
        <translation>Die ausgewählte Feed-Quelle entfernen</translation>
    </message>
    <message>
        <source>Choose an incident feed</source>
        <translation>Einen Vorfall-Feed wählen</translation>
    </message>
    <message>
        <source>Incident feeds (*.json *.ndjson *.jsonl);;All files (*)</source>
        <translation>Vorfall-Feeds (*.json *.ndjson *.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Detected from the location</source>
        <translation>Aus dem Ort erkannt</translation>
    </message>
    <message>
        <source>A local file or folder, watched</source>
        <translation>Eine lokale Datei oder ein Ordner, überwacht</translation>
    </message>
    <message>
        <source>The Red Canary API (detections, with an API key)</source>
        <translation>Die Red-Canary-API (Erkennungen, mit API-Schlüssel)</translation>
    </message>
    <message>
        <source>A JSON or NDJSON feed (a bearer token is optional)</source>
        <translation>Ein JSON- oder NDJSON-Feed (ein Bearer-Token ist optional)</translation>
    </message>
    <message>
        <source>Feed source</source>
        <translation>Feed-Quelle</translation>
    </message>
    <message>
        <source>This address cannot be a feed: %1.</source>
        <translation>Diese Adresse kann kein Feed sein: %1.</translation>
    </message>
    <message>
        <source>Put the feed&apos;s key in the Key field, not in the address: it is kept in the keychain.</source>
        <translation>Tragen Sie den Schlüssel des Feeds im Feld „Schlüssel“ ein, nicht in der Adresse: Er wird im Schlüsselbund abgelegt.</translation>
    </message>
    <message>
        <source>Feeds are read from files, folders or https:// addresses.</source>
        <translation>Feeds werden aus Dateien, Ordnern oder https://-Adressen gelesen.</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>The feed&apos;s key could not be stored in %1, so the source was not added: %2</source>
        <translation>Der Schlüssel des Feeds konnte nicht in %1 abgelegt werden, daher wurde die Quelle nicht hinzugefügt: %2</translation>
    </message>
</context>
<context>
    <name>cordon::gui::GeneralPage</name>
    <message>
        <source>Language of the console</source>
        <translation>Sprache der Konsole</translation>
    </message>
    <message>
        <source>Takes effect when Cordon starts again.</source>
        <translation>Gilt ab dem nächsten Start von Cordon.</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Colours of the console</source>
        <translation>Farben der Konsole</translation>
    </message>
    <message>
        <source>Also under View → Appearance; takes effect when saved.</source>
        <translation>Auch unter Ansicht → Darstellung; gilt ab dem Speichern.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>A&amp;ppearance:</source>
        <translation>&amp;Darstellung:</translation>
    </message>
</context>
<context>
    <name>cordon::gui::IdentityPane</name>
    <message>
        <source>Okta identity</source>
        <translation>Okta-Identität</translation>
    </message>
    <message>
        <source>No incident selected.</source>
        <translation>Kein Vorfall ausgewählt.</translation>
    </message>
    <message>
        <source>The feed names no user for this incident: there is no Okta identity to look up.</source>
        <translation>Der Feed nennt für diesen Vorfall keinen Benutzer: Es gibt keine Okta-Identität nachzuschlagen.</translation>
    </message>
    <message>
        <source>%1 is not a person&apos;s account (%2): Cordon does not look it up in Okta.</source>
        <translation>%1 ist kein Personenkonto (%2): Cordon schlägt es nicht in Okta nach.</translation>
    </message>
    <message>
        <source>never matched</source>
        <translation>wird nie zugeordnet</translation>
    </message>
    <message>
        <source>objectSid %1</source>
        <translation>objectSid %1</translation>
    </message>
    <message>
        <source>login or UPN %1</source>
        <translation>Login oder UPN %1</translation>
    </message>
    <message>
        <source>samAccountName %1</source>
        <translation>samAccountName %1</translation>
    </message>
    <message>
        <source>Okta user for %1, looked up by %2.</source>
        <translation>Okta-Benutzer für %1, gesucht nach %2.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>, then </source>
        <translation>, dann </translation>
    </message>
    <message>
        <source>Candidates are listed here, best first; a single exact match is chosen.</source>
        <translation>Kandidaten stehen hier, die besten zuerst; ein einziger exakter Treffer wird gewählt.</translation>
    </message>
    <message>
        <source>Candidates are listed here, best first; an analyst confirms the match.</source>
        <translation>Kandidaten stehen hier, die besten zuerst; ein Analyst bestätigt die Zuordnung.</translation>
    </message>
</context>
<context>
    <name>cordon::gui::IncidentDetailPane</name>
    <message>
        <source>Incident details</source>
        <translation>Vorfalldetails</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Select an incident in the list to see its details.</source>
        <translation>Wählen Sie einen Vorfall in der Liste, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Endpoint user</source>
        <translation>Endpunkt-Benutzer</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Gelesen als</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>Open the incident in the source console</source>
        <translation>Den Vorfall in der Quellkonsole öffnen</translation>
    </message>
    <message>
        <source> (feed says %1)</source>
        <translation> (laut Feed %1)</translation>
    </message>
    <message>
        <source>, resolution: %1</source>
        <translation>, Lösung: %1</translation>
    </message>
    <message>
        <source>No summary in the feed.</source>
        <translation>Keine Zusammenfassung im Feed.</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Remediated</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>No times in the feed.</source>
        <translation>Keine Zeiten im Feed.</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>Host: %1</translation>
    </message>
    <message>
        <source>OS: %1</source>
        <translation>Betriebssystem: %1</translation>
    </message>
    <message>
        <source>Endpoint id: %1</source>
        <translation>Endpunkt-ID: %1</translation>
    </message>
    <message>
        <source>Addresses: %1</source>
        <translation>Adressen: %1</translation>
    </message>
    <message>
        <source>No user context</source>
        <translation>Kein Benutzerkontext</translation>
    </message>
    <message>
        <source> from &lt;i&gt;%1&lt;/i&gt;</source>
        <translation> aus &lt;i&gt;%1&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Form: %1</source>
        <translation>Form: %1</translation>
    </message>
    <message>
        <source>Domain: %1</source>
        <translation>Domäne: %1</translation>
    </message>
    <message>
        <source>Username: %1</source>
        <translation>Benutzername: %1</translation>
    </message>
    <message>
        <source>UPN: %1</source>
        <translation>UPN: %1</translation>
    </message>
    <message>
        <source>SID: %1</source>
        <translation>SID: %1</translation>
    </message>
    <message>
        <source>Principal: %1</source>
        <translation>Prinzipal: %1</translation>
    </message>
    <message>
        <source>Match: %1</source>
        <translation>Zuordnung: %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>Open in %1</source>
        <translation>In %1 öffnen</translation>
    </message>
    <message>
        <source>the source console</source>
        <translation>der Quellkonsole</translation>
    </message>
    <message>
        <source>No console link in the feed.</source>
        <translation>Kein Konsolen-Link im Feed.</translation>
    </message>
    <message>
        <source>DOMAIN\user</source>
        <translation>DOMÄNE\Benutzer</translation>
    </message>
    <message>
        <source>user principal name (name@suffix)</source>
        <translation>User Principal Name (name@suffix)</translation>
    </message>
    <message>
        <source>security identifier (SID)</source>
        <translation>Sicherheits-ID (SID)</translation>
    </message>
    <message>
        <source>short name without a domain</source>
        <translation>Kurzname ohne Domäne</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>a person&apos;s account</source>
        <translation>das Konto einer Person</translation>
    </message>
    <message>
        <source>an Entra ID name</source>
        <translation>ein Entra-ID-Name</translation>
    </message>
    <message>
        <source>a local account on the endpoint</source>
        <translation>ein lokales Konto auf dem Endpunkt</translation>
    </message>
    <message>
        <source>a service or built-in account</source>
        <translation>ein Dienst- oder integriertes Konto</translation>
    </message>
    <message>
        <source>a system identity</source>
        <translation>eine Systemidentität</translation>
    </message>
    <message>
        <source>a computer account</source>
        <translation>ein Computerkonto</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>may be matched to an Okta user automatically</source>
        <translation>kann automatisch einem Okta-Benutzer zugeordnet werden</translation>
    </message>
    <message>
        <source>candidates only; an analyst confirms</source>
        <translation>nur Kandidaten; ein Analyst bestätigt</translation>
    </message>
    <message>
        <source>never matched to an Okta user</source>
        <translation>wird nie einem Okta-Benutzer zugeordnet</translation>
    </message>
    <message>
        <source>Who holds the incident</source>
        <translation>Wer den Vorfall übernommen hat</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Abgeben</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Let go of the incident</source>
        <translation>Den Vorfall abgeben</translation>
    </message>
    <message>
        <source>Take the incident</source>
        <translation>Den Vorfall übernehmen</translation>
    </message>
</context>
<context>
    <name>cordon::gui::IncidentFilterModel</name>
    <message>
        <source>Held by %1</source>
        <translation>Bei %1</translation>
    </message>
</context>
<context>
    <name>cordon::gui::LinkOpener</name>
    <message>
        <source>Link refused: %1</source>
        <translation>Link abgelehnt: %1</translation>
    </message>
    <message>
        <source>Incident %1 is not in the list.</source>
        <translation>Vorfall %1 ist nicht in der Liste.</translation>
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
        <translation>DEMO: simulierte Okta-Org auf diesem Computer; nichts verlässt ihn</translation>
    </message>
    <message>
        <source>Incidents by state</source>
        <translation>Vorfälle nach Status</translation>
    </message>
    <message>
        <source>Filter: host, user, title, state… (Ctrl+F)</source>
        <translation>Filter: Host, Benutzer, Titel, Status… (Strg+F)</translation>
    </message>
    <message>
        <source>Filter incidents</source>
        <translation>Vorfälle filtern</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>Okta org</source>
        <translation>Okta-Org</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Okta rate limit left</source>
        <translation>Verbleibendes Okta-Ratenlimit</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open feed file…</source>
        <translation>Feed-Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open an incident feed</source>
        <translation>Einen Vorfall-Feed öffnen</translation>
    </message>
    <message>
        <source>Incident feeds (*.json *.ndjson *.jsonl);;All files (*)</source>
        <translation>Vorfall-Feeds (*.json *.ndjson *.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Playbooks and notifications…</source>
        <translation>&amp;Playbooks und Benachrichtigungen…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Filter incidents</source>
        <translation>Vorfälle &amp;filtern</translation>
    </message>
    <message>
        <source>Incident &amp;list</source>
        <translation>Vorfall&amp;liste</translation>
    </message>
    <message>
        <source>&amp;Most urgent first</source>
        <translation>&amp;Dringendste zuerst</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Audit-Protokoll…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Cordon</source>
        <translation>Ü&amp;ber Cordon</translation>
    </message>
    <message>
        <source>About Cordon</source>
        <translation>Über Cordon</translation>
    </message>
    <message>
        <source>Cordon %1
Contains the Okta identity behind a compromised endpoint.</source>
        <translation>Cordon %1
Dämmt die Okta-Identität hinter einem kompromittierten Endpunkt ein.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>The database is not open, so there is no audit log to show.</source>
        <translation>Die Datenbank ist nicht geöffnet, daher gibt es kein Audit-Protokoll anzuzeigen.</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Partly failed</source>
        <translation>Teilweise fehlgeschlagen</translation>
    </message>
    <message>
        <source>Contained</source>
        <translation>Eingedämmt</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Freigegeben</translation>
    </message>
    <message numerus="yes">
        <source>%n critical open</source>
        <translation>
            <numerusform>%n kritischer offen</numerusform>
            <numerusform>%n kritische offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n high open</source>
        <translation>
            <numerusform>%n hoher offen</numerusform>
            <numerusform>%n hohe offen</numerusform>
        </translation>
    </message>
    <message>
        <source>No critical or high incident open</source>
        <translation>Kein kritischer oder hoher Vorfall offen</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation>%1 neu</translation>
    </message>
    <message>
        <source>%1 in progress</source>
        <translation>%1 in Bearbeitung</translation>
    </message>
    <message>
        <source>%1 resolved</source>
        <translation>%1 behoben</translation>
    </message>
    <message>
        <source>%1 suppressed</source>
        <translation>%1 unterdrückt</translation>
    </message>
    <message>
        <source>%1 state unknown</source>
        <translation>%1 Status unbekannt</translation>
    </message>
    <message>
        <source>Cordon (demo)</source>
        <translation>Cordon (Demo)</translation>
    </message>
    <message>
        <source>No Okta org configured</source>
        <translation>Keine Okta-Org eingerichtet</translation>
    </message>
    <message>
        <source>Okta org: %1</source>
        <translation>Okta-Org: %1</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>Okta budget left: %1</source>
        <translation>Verbleibendes Okta-Budget: %1</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Demo-Modus</translation>
    </message>
    <message>
        <source>Urgent incidents open</source>
        <translation>Offene dringende Vorfälle</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Incident &amp;details</source>
        <translation>Vorfall&amp;details</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) listed</source>
        <translation>
            <numerusform>%n Vorfall gelistet</numerusform>
            <numerusform>%n Vorfälle gelistet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed source(s) set</source>
        <translation>
            <numerusform>%n Feed-Quelle eingerichtet</numerusform>
            <numerusform>%n Feed-Quellen eingerichtet</numerusform>
        </translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>die Datenbank ist nicht geöffnet</translation>
    </message>
    <message>
        <source>The incident&apos;s details could not be read: %1</source>
        <translation>Die Details des Vorfalls konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>&amp;Vorfall</translation>
    </message>
    <message>
        <source>&amp;Take incident</source>
        <translation>Vorfall &amp;übernehmen</translation>
    </message>
    <message>
        <source>&amp;Let go of incident</source>
        <translation>Vorfall &amp;abgeben</translation>
    </message>
    <message>
        <source>You hold this incident.</source>
        <translation>Sie haben diesen Vorfall übernommen.</translation>
    </message>
    <message>
        <source>You let go of this incident.</source>
        <translation>Sie haben diesen Vorfall abgegeben.</translation>
    </message>
    <message>
        <source>Nobody holds this incident.</source>
        <translation>Niemand hat diesen Vorfall übernommen.</translation>
    </message>
    <message>
        <source>You hold this incident (since %1).</source>
        <translation>Sie haben diesen Vorfall übernommen (seit %1).</translation>
    </message>
    <message>
        <source>Held by %1.</source>
        <translation>Bei %1.</translation>
    </message>
    <message>
        <source>Containment of this user running: %1.</source>
        <translation>Eindämmung dieses Benutzers läuft: %1.</translation>
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
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>When an incident needs approval or a playbook ran by itself, Cordon shows a tray message and can post to a Slack or Microsoft Teams incoming webhook.</source>
        <translation>Wenn ein Vorfall eine Genehmigung braucht oder ein Playbook von selbst lief, zeigt Cordon eine Meldung im Infobereich und kann an einen eingehenden Webhook von Slack oder Microsoft Teams senden.</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <source>Paste an https:// webhook URL to replace the stored one</source>
        <translation>Fügen Sie eine https://-Webhook-URL ein, um die gespeicherte zu ersetzen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the stored webhook URL</source>
        <translation>Die gespeicherte Webhook-URL entfernen</translation>
    </message>
    <message>
        <source>Send a &amp;test</source>
        <translation>&amp;Test senden</translation>
    </message>
    <message>
        <source>Send a test notification to the webhook</source>
        <translation>Eine Testbenachrichtigung an den Webhook senden</translation>
    </message>
    <message>
        <source>&amp;Webhook URL:</source>
        <translation>&amp;Webhook-URL:</translation>
    </message>
    <message>
        <source>Where the webhook URL is stored</source>
        <translation>Wo die Webhook-URL gespeichert ist</translation>
    </message>
    <message>
        <source>Result of the test notification</source>
        <translation>Ergebnis der Testbenachrichtigung</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>The playbooks are saved, but the webhook URL could not be stored in %1: %2</source>
        <translation>Die Playbooks sind gespeichert, aber die Webhook-URL konnte nicht in %1 abgelegt werden: %2</translation>
    </message>
    <message>
        <source>The settings refused the webhook&apos;s id.</source>
        <translation>Die Einstellungen haben die ID des Webhooks abgelehnt.</translation>
    </message>
    <message>
        <source>The playbooks are saved, but the webhook URL could not be removed from %1: %2</source>
        <translation>Die Playbooks sind gespeichert, aber die Webhook-URL konnte nicht aus %1 entfernt werden: %2</translation>
    </message>
    <message>
        <source>Stored in %1 when you save.</source>
        <translation>Wird beim Speichern in %1 abgelegt.</translation>
    </message>
    <message>
        <source>Removed from %1 when you save.</source>
        <translation>Wird beim Speichern aus %1 entfernt.</translation>
    </message>
    <message>
        <source>None: notifications appear in the system tray only.</source>
        <translation>Keine: Benachrichtigungen erscheinen nur im Infobereich.</translation>
    </message>
    <message>
        <source>Stored in %1.</source>
        <translation>In %1 gespeichert.</translation>
    </message>
    <message>
        <source>Not stored in %1: paste the URL again.</source>
        <translation>Nicht in %1 gespeichert: Fügen Sie die URL erneut ein.</translation>
    </message>
    <message>
        <source>Not readable: %1</source>
        <translation>Nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Paste a webhook URL first.</source>
        <translation>Fügen Sie zuerst eine Webhook-URL ein.</translation>
    </message>
    <message>
        <source>Delivered: the webhook accepted the test notification.</source>
        <translation>Zugestellt: Der Webhook hat die Testbenachrichtigung angenommen.</translation>
    </message>
    <message>
        <source>Not delivered: %1.</source>
        <translation>Nicht zugestellt: %1.</translation>
    </message>
    <message>
        <source>this channel</source>
        <translation>diesen Kanal</translation>
    </message>
    <message>
        <source>none (a test)</source>
        <translation>keiner (ein Test)</translation>
    </message>
    <message>
        <source>A test from Cordon</source>
        <translation>Ein Test von Cordon</translation>
    </message>
    <message>
        <source>Cordon&apos;s playbook settings sent this test; nothing was done to anyone.</source>
        <translation>Die Playbook-Einstellungen von Cordon haben diesen Test gesendet; niemandem wurde etwas getan.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
</context>
<context>
    <name>cordon::gui::OktaPage</name>
    <message>
        <source>Okta org URL</source>
        <translation>Okta-Org-URL</translation>
    </message>
    <message>
        <source>acme.okta.com</source>
        <translation>acme.okta.com</translation>
    </message>
    <message>
        <source>Org &amp;URL:</source>
        <translation>Org-&amp;URL:</translation>
    </message>
    <message>
        <source>Okta API token</source>
        <translation>Okta-API-Token</translation>
    </message>
    <message>
        <source>Paste a new token to replace the stored one</source>
        <translation>Fügen Sie einen neuen Token ein, um den gespeicherten zu ersetzen</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API-&amp;Token:</translation>
    </message>
    <message>
        <source>Test the connection to Okta</source>
        <translation>Die Verbindung zu Okta testen</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Custom domain</source>
        <translation>Eigene Domain</translation>
    </message>
    <message>
        <source>%1 is not an Okta address. Is it your Okta org&apos;s custom URL domain? Cordon will send the API token to it.</source>
        <translation>%1 ist keine Okta-Adresse. Ist es die eigene URL-Domain Ihrer Okta-Org? Cordon sendet den API-Token dorthin.</translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>The API token could not be stored in %1: %2</source>
        <translation>Der API-Token konnte nicht in %1 abgelegt werden: %2</translation>
    </message>
    <message>
        <source>Stored in %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message>
        <source>Not readable: %1</source>
        <translation>Nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Enter a valid org URL first.</source>
        <translation>Geben Sie zuerst eine gültige Org-URL ein.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>No token: paste the API token, then test again.</source>
        <translation>Kein Token: Fügen Sie den API-Token ein und testen Sie erneut.</translation>
    </message>
    <message>
        <source>Okta refused the token: it is wrong, expired or revoked.</source>
        <translation>Okta hat den Token abgelehnt: Er ist falsch, abgelaufen oder widerrufen.</translation>
    </message>
    <message>
        <source>Cordon could not reach Okta.</source>
        <translation>Cordon konnte Okta nicht erreichen.</translation>
    </message>
    <message>
        <source>Connected as &lt;b&gt;%1&lt;/b&gt; (%2).</source>
        <translation>Verbunden als &lt;b&gt;%1&lt;/b&gt; (%2).</translation>
    </message>
    <message>
        <source>Its admin roles could not be read: %1</source>
        <translation>Seine Administratorrollen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Admin roles: %1</source>
        <translation>Administratorrollen: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>clear sessions and tokens</source>
        <translation>Sitzungen und Tokens löschen</translation>
    </message>
    <message>
        <source>suspend and unsuspend</source>
        <translation>suspendieren und Suspendierung aufheben</translation>
    </message>
    <message>
        <source>change group membership</source>
        <translation>Gruppenmitgliedschaft ändern</translation>
    </message>
    <message>
        <source>Cordon may: %1</source>
        <translation>Cordon darf: %1</translation>
    </message>
    <message>
        <source>none of the containment actions</source>
        <translation>keine der Eindämmungsaktionen</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Find a user</source>
        <translation>Einen Benutzer finden</translation>
    </message>
    <message>
        <source>Read admin roles</source>
        <translation>Administratorrollen lesen</translation>
    </message>
    <message>
        <source>Read the user schema</source>
        <translation>Das Benutzerschema lesen</translation>
    </message>
    <message>
        <source>Find a group</source>
        <translation>Eine Gruppe finden</translation>
    </message>
    <message>
        <source>Clear sessions</source>
        <translation>Sitzungen löschen</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspendieren</translation>
    </message>
    <message>
        <source>Unsuspend</source>
        <translation>Suspendierung aufheben</translation>
    </message>
    <message>
        <source>Add to a group</source>
        <translation>Zu einer Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Remove from a group</source>
        <translation>Aus einer Gruppe entfernen</translation>
    </message>
    <message>
        <source>How Cordon signs in to Okta</source>
        <translation>Wie sich Cordon bei Okta anmeldet</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>OAuth service app</source>
        <translation>OAuth-Dienst-App</translation>
    </message>
    <message>
        <source>A service app&apos;s token carries only the scopes it was granted and is bound to a key that never leaves Cordon; Okta recommends it over an API token.</source>
        <translation>Der Token einer Dienst-App trägt nur die ihr gewährten Scopes und ist an einen Schlüssel gebunden, der Cordon nie verlässt; Okta empfiehlt ihn statt eines API-Tokens.</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>Anmelden &amp;mit:</translation>
    </message>
    <message>
        <source>The service app&apos;s client id</source>
        <translation>Die Client-ID der Dienst-App</translation>
    </message>
    <message>
        <source>0oa1b2c3d4e5f6g7h8i9</source>
        <translation>0oa1b2c3d4e5f6g7h8i9</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-I&amp;D:</translation>
    </message>
    <message>
        <source>&amp;Make a key pair</source>
        <translation>&amp;Neues Schlüsselpaar</translation>
    </message>
    <message>
        <source>Make a key pair for the service app</source>
        <translation>Ein Schlüsselpaar für die Dienst-App erzeugen</translation>
    </message>
    <message>
        <source>Co&amp;py public key</source>
        <translation>Öffentlichen Schlüssel &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the public key</source>
        <translation>Den öffentlichen Schlüssel kopieren</translation>
    </message>
    <message>
        <source>Key pair:</source>
        <translation>Schlüsselpaar:</translation>
    </message>
    <message>
        <source>The public key to add to the Okta app</source>
        <translation>Der öffentliche Schlüssel für die Okta-App</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>Öffentlicher Schlüssel:</translation>
    </message>
    <message>
        <source>In Okta, add the public key on the app&apos;s General tab (client authentication &quot;Public key / Private key&quot;, DPoP required) and grant on its Okta API Scopes tab: %1</source>
        <translation>Fügen Sie in Okta den öffentlichen Schlüssel auf dem Reiter „General“ der App hinzu (Client-Authentifizierung „Public key / Private key“, DPoP erforderlich) und gewähren Sie auf ihrem Reiter „Okta API Scopes“: %1</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Scopes:</translation>
    </message>
    <message>
        <source>The scopes Cordon asks for</source>
        <translation>Die Scopes, die Cordon anfragt</translation>
    </message>
    <message>
        <source>Okta refuses a token that asks for a scope the app was not granted: list only those granted. An action that needs another scope is turned off.</source>
        <translation>Okta verweigert einen Token, der einen der App nicht gewährten Scope anfragt: Führen Sie nur die gewährten auf. Eine Aktion, die einen anderen Scope braucht, wird abgeschaltet.</translation>
    </message>
    <message>
        <source>Scopes to as&amp;k for:</source>
        <translation>Angef&amp;ragte Scopes:</translation>
    </message>
    <message>
        <source>Enter the service app&apos;s client id.</source>
        <translation>Geben Sie die Client-ID der Dienst-App ein.</translation>
    </message>
    <message>
        <source>Make a key pair for the service app first.</source>
        <translation>Erzeugen Sie zuerst ein Schlüsselpaar für die Dienst-App.</translation>
    </message>
    <message>
        <source>New key pair</source>
        <translation>Neues Schlüsselpaar</translation>
    </message>
    <message>
        <source>The key pair Cordon has now stops working once you save: the public key registered with the app in Okta must then be replaced by the new one. Make a new key pair?</source>
        <translation>Das jetzige Schlüsselpaar von Cordon funktioniert nach dem Speichern nicht mehr: Der bei der App in Okta hinterlegte öffentliche Schlüssel muss dann durch den neuen ersetzt werden. Neues Schlüsselpaar erzeugen?</translation>
    </message>
    <message>
        <source>No key pair could be made.</source>
        <translation>Es konnte kein Schlüsselpaar erzeugt werden.</translation>
    </message>
    <message>
        <source>New key pair (key id %1): its private key replaces the stored one when you save. Replace the public key registered in Okta with this one.</source>
        <translation>Neues Schlüsselpaar (Schlüssel-ID %1): Sein privater Schlüssel ersetzt beim Speichern den gespeicherten. Ersetzen Sie den in Okta hinterlegten öffentlichen Schlüssel durch diesen.</translation>
    </message>
    <message>
        <source>New key pair (key id %1): its private key goes to %2 when you save. Add this public key to the app in Okta.</source>
        <translation>Neues Schlüsselpaar (Schlüssel-ID %1): Sein privater Schlüssel wird beim Speichern in %2 abgelegt. Fügen Sie diesen öffentlichen Schlüssel der App in Okta hinzu.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The service app&apos;s settings could not be written.</source>
        <translation>Die Einstellungen der Dienst-App konnten nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The service app&apos;s private key could not be stored in %1: %2</source>
        <translation>Der private Schlüssel der Dienst-App konnte nicht in %1 abgelegt werden: %2</translation>
    </message>
    <message>
        <source>Stored in %1 (key id %2)</source>
        <translation>Gespeichert in %1 (Schlüssel-ID %2)</translation>
    </message>
    <message>
        <source>No key pair</source>
        <translation>Kein Schlüsselpaar</translation>
    </message>
    <message>
        <source>No key pair: make one, then add its public key to the app in Okta.</source>
        <translation>Kein Schlüsselpaar: Erzeugen Sie eines und fügen Sie dann seinen öffentlichen Schlüssel der App in Okta hinzu.</translation>
    </message>
    <message>
        <source>The stored private key cannot be used: %1</source>
        <translation>Der gespeicherte private Schlüssel ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>No key pair is stored for the service app: make one.</source>
        <translation>Für die Dienst-App ist kein Schlüsselpaar gespeichert: Erzeugen Sie eines.</translation>
    </message>
    <message>
        <source>Okta refused the service app: check its client id, its public key and its scopes in Okta.</source>
        <translation>Okta hat die Dienst-App abgelehnt: Prüfen Sie in Okta ihre Client-ID, ihren öffentlichen Schlüssel und ihre Scopes.</translation>
    </message>
    <message>
        <source>Connected as service app &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Verbunden als Dienst-App &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Scopes granted: %1</source>
        <translation>Gewährte Scopes: %1</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 braucht %2</translation>
    </message>
    <message>
        <source>%1: granted</source>
        <translation>%1: gewährt</translation>
    </message>
    <message>
        <source>%1: not granted %2</source>
        <translation>%1: nicht gewährt %2</translation>
    </message>
    <message>
        <source>Set user risk (optional)</source>
        <translation>Benutzerrisiko setzen (optional)</translation>
    </message>
    <message>
        <source>Universal Logout (optional)</source>
        <translation>Universal Logout (optional)</translation>
    </message>
    <message>
        <source>Remove recent MFA factors (optional)</source>
        <translation>Kürzlich registrierte MFA-Faktoren entfernen (optional)</translation>
    </message>
    <message>
        <source>Reset MFA factors (optional)</source>
        <translation>MFA-Faktoren zurücksetzen (optional)</translation>
    </message>
    <message>
        <source>Expire password (optional)</source>
        <translation>Passwort ablaufen lassen (optional)</translation>
    </message>
    <message>
        <source>%1: unavailable without %2</source>
        <translation>%1: nicht verfügbar ohne %2</translation>
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
        <translation>Playbooks und Benachrichtigungen</translation>
    </message>
    <message>
        <source>What happened last</source>
        <translation>Was zuletzt geschah</translation>
    </message>
    <message>
        <source>Save the playbooks and the webhook</source>
        <translation>Die Playbooks und den Webhook speichern</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Ohne Speichern schließen</translation>
    </message>
    <message>
        <source>The stored playbooks do not read (%1); these are the defaults.</source>
        <translation>Die gespeicherten Playbooks sind nicht lesbar (%1); dies sind die Standardwerte.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add a playbook</source>
        <translation>Ein Playbook hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate the selected playbook</source>
        <translation>Das ausgewählte Playbook duplizieren</translation>
    </message>
    <message>
        <source>Remove the selected playbook</source>
        <translation>Das ausgewählte Playbook entfernen</translation>
    </message>
    <message>
        <source>Restore de&amp;faults</source>
        <translation>&amp;Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>Replace the playbooks with the defaults</source>
        <translation>Die Playbooks durch die Standardwerte ersetzen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import playbooks from a JSON file</source>
        <translation>Playbooks aus einer JSON-Datei importieren</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the playbooks to a JSON file</source>
        <translation>Die Playbooks in eine JSON-Datei exportieren</translation>
    </message>
    <message>
        <source>New playbook</source>
        <translation>Neues Playbook</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>The copy starts disabled.</source>
        <translation>Die Kopie ist zunächst deaktiviert.</translation>
    </message>
    <message>
        <source>Removed “%1”; Save to keep the change.</source>
        <translation>„%1“ entfernt; Speichern, um die Änderung zu behalten.</translation>
    </message>
    <message>
        <source>The default playbooks are back; Save to keep them.</source>
        <translation>Die Standard-Playbooks sind wieder da; Speichern, um sie zu behalten.</translation>
    </message>
    <message>
        <source>Import playbooks</source>
        <translation>Playbooks importieren</translation>
    </message>
    <message>
        <source>Playbooks (*.json);;All files (*)</source>
        <translation>Playbooks (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a playbook file.</source>
        <translation>%1 ist zu groß für eine Playbook-Datei.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Aus %1 wurde nichts importiert: %2</translation>
    </message>
    <message>
        <source>it holds no playbooks</source>
        <translation>sie enthält keine Playbooks</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n playbook(s) from %1; Save to keep them.</source>
        <translation>
            <numerusform>%n Playbook aus %1 importiert; Speichern, um es zu behalten.</numerusform>
            <numerusform>%n Playbooks aus %1 importiert; Speichern, um sie zu behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export playbooks</source>
        <translation>Playbooks exportieren</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n playbook(s) to %1.</source>
        <translation>
            <numerusform>%n Playbook nach %1 exportiert.</numerusform>
            <numerusform>%n Playbooks nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep at least one playbook. Restore the defaults to start again from Contain and Release.</source>
        <translation>Behalten Sie mindestens ein Playbook. Stellen Sie die Standardwerte wieder her, um mit Eindämmen und Freigeben neu zu beginnen.</translation>
    </message>
    <message>
        <source>The playbook in row %1</source>
        <translation>Das Playbook in Zeile %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1 cannot be saved: %2.</source>
        <translation>%1 kann nicht gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>Save playbooks</source>
        <translation>Playbooks speichern</translation>
    </message>
    <message>
        <source>The playbooks were not saved: %1.</source>
        <translation>Die Playbooks wurden nicht gespeichert: %1.</translation>
    </message>
    <message>
        <source>Playbooks saved.</source>
        <translation>Playbooks gespeichert.</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ent&amp;fernen</translation>
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
        <translation>Name des Playbooks</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Aktiviert</translation>
    </message>
    <message>
        <source>Playbook enabled</source>
        <translation>Playbook aktiviert</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>When the playbook runs</source>
        <translation>Wann das Playbook läuft</translation>
    </message>
    <message>
        <source>When the analyst starts it</source>
        <translation>Wenn der Analyst es startet</translation>
    </message>
    <message>
        <source>When a threat is identified</source>
        <translation>Wenn eine Bedrohung erkannt wird</translation>
    </message>
    <message>
        <source>When a threat is remediated</source>
        <translation>Wenn eine Bedrohung behoben ist</translation>
    </message>
    <message>
        <source>&amp;Runs:</source>
        <translation>&amp;Läuft:</translation>
    </message>
    <message>
        <source>Minimum severity</source>
        <translation>Mindestschweregrad</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Jeder Schweregrad</translation>
    </message>
    <message>
        <source>Informational or higher</source>
        <translation>Informativ oder höher</translation>
    </message>
    <message>
        <source>Low or higher</source>
        <translation>Niedrig oder höher</translation>
    </message>
    <message>
        <source>Medium or higher</source>
        <translation>Mittel oder höher</translation>
    </message>
    <message>
        <source>High or higher</source>
        <translation>Hoch oder höher</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Nur kritisch</translation>
    </message>
    <message>
        <source>Minimum &amp;severity:</source>
        <translation>Mindest&amp;schweregrad:</translation>
    </message>
    <message>
        <source>Feed sources the playbook runs for; none checked means every source</source>
        <translation>Feed-Quellen, für die das Playbook läuft; keine markiert bedeutet jede Quelle</translation>
    </message>
    <message>
        <source>None checked: incidents from every source.</source>
        <translation>Keine markiert: Vorfälle aus jeder Quelle.</translation>
    </message>
    <message>
        <source>S&amp;ources:</source>
        <translation>&amp;Quellen:</translation>
    </message>
    <message>
        <source>Contain</source>
        <translation>Eindämmen</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Clear sessions and OAuth tokens</source>
        <translation>Sitzungen und OAuth-Tokens löschen</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspendieren</translation>
    </message>
    <message>
        <source>Add to the restricted group</source>
        <translation>Zur Sperrgruppe hinzufügen</translation>
    </message>
    <message>
        <source>Add to group:</source>
        <translation>Zur Gruppe hinzufügen:</translation>
    </message>
    <message>
        <source>Unsuspend</source>
        <translation>Suspendierung aufheben</translation>
    </message>
    <message>
        <source>Remove from the restricted group</source>
        <translation>Aus der Sperrgruppe entfernen</translation>
    </message>
    <message>
        <source>Remove from group:</source>
        <translation>Aus Gruppe entfernen:</translation>
    </message>
    <message>
        <source>Okta group to add the user to, by name or id</source>
        <translation>Okta-Gruppe, zu der der Benutzer hinzugefügt wird, nach Name oder ID</translation>
    </message>
    <message>
        <source>Group name or id</source>
        <translation>Gruppenname oder -ID</translation>
    </message>
    <message>
        <source>Okta group to remove the user from, by name or id</source>
        <translation>Okta-Gruppe, aus der der Benutzer entfernt wird, nach Name oder ID</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Aktionen:</translation>
    </message>
    <message>
        <source>As&amp;k the analyst first</source>
        <translation>Zuerst den Analysten &amp;fragen</translation>
    </message>
    <message>
        <source>Ask the analyst before running</source>
        <translation>Den Analysten vor dem Ausführen fragen</translation>
    </message>
    <message>
        <source>Run a&amp;utomatically</source>
        <translation>A&amp;utomatisch ausführen</translation>
    </message>
    <message>
        <source>Run automatically</source>
        <translation>Automatisch ausführen</translation>
    </message>
    <message>
        <source>When a playbook runs by itself</source>
        <translation>Wenn ein Playbook von selbst läuft</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>Why the playbook cannot be saved</source>
        <translation>Warum das Playbook nicht gespeichert werden kann</translation>
    </message>
    <message>
        <source>type the group to add the user to, or uncheck “Add to group”</source>
        <translation>geben Sie die Gruppe ein, zu der der Benutzer hinzugefügt wird, oder entfernen Sie das Häkchen bei „Zur Gruppe hinzufügen“</translation>
    </message>
    <message>
        <source>type the group to remove the user from, or uncheck “Remove from group”</source>
        <translation>geben Sie die Gruppe ein, aus der der Benutzer entfernt wird, oder entfernen Sie das Häkchen bei „Aus Gruppe entfernen“</translation>
    </message>
    <message>
        <source>A manual playbook runs when the analyst starts it from the console.</source>
        <translation>Ein manuelles Playbook läuft, wenn der Analyst es in der Konsole startet.</translation>
    </message>
    <message>
        <source>Automatic runs only when the endpoint identity matches exactly one Okta user, every guardrail passes, and never on an admin; otherwise Cordon asks.</source>
        <translation>Automatisch läuft es nur, wenn die Endpunkt-Identität genau einem Okta-Benutzer entspricht, jede Schutzregel erfüllt ist, und nie bei einem Administrator; sonst fragt Cordon.</translation>
    </message>
    <message>
        <source>This playbook cannot be saved: %1.</source>
        <translation>Dieses Playbook kann nicht gespeichert werden: %1.</translation>
    </message>
    <message>
        <source>%1 (unavailable: %2)</source>
        <translation>%1 (nicht verfügbar: %2)</translation>
    </message>
</context>
<context>
    <name>cordon::gui::PlaybookListModel</name>
    <message>
        <source>Disabled: this playbook never runs</source>
        <translation>Deaktiviert: Dieses Playbook läuft nie</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Manually</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Threat identified</source>
        <translation>Bedrohung erkannt</translation>
    </message>
    <message>
        <source>Threat remediated</source>
        <translation>Bedrohung behoben</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>%1
Disabled: this playbook never runs</source>
        <translation>%1
Deaktiviert: Dieses Playbook läuft nie</translation>
    </message>
</context>
<context>
    <name>cordon::gui::SettingsDialog</name>
    <message>
        <source>Cordon settings</source>
        <translation>Cordon-Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Okta</source>
        <translation>&amp;Okta</translation>
    </message>
    <message>
        <source>&amp;Containment</source>
        <translation>&amp;Eindämmung</translation>
    </message>
    <message>
        <source>&amp;Feeds</source>
        <translation>&amp;Feeds</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Some settings were refused because they look like a secret. Secrets belong in the token field, which stores them in the keychain.</source>
        <translation>Einige Einstellungen wurden abgelehnt, weil sie wie ein Geheimnis aussehen. Geheimnisse gehören in das Token-Feld, das sie im Schlüsselbund ablegt.</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>Enter the org URL the API token belongs to.</source>
        <translation>Geben Sie die URL der Org ein, zu der das API-Token gehört.</translation>
    </message>
    <message>
        <source>Enter the org URL the service app belongs to.</source>
        <translation>Geben Sie die URL der Org ein, zu der die Dienst-App gehört.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
</context>
<context>
    <name>cordon::gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>cordon::gui::TeamClaims</name>
    <message>
        <source>The database is not open.</source>
        <translation>Die Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>%1 holds this incident.</source>
        <translation>%1 hat diesen Vorfall übernommen.</translation>
    </message>
    <message>
        <source>The incident could not be taken: %1</source>
        <translation>Der Vorfall konnte nicht übernommen werden: %1</translation>
    </message>
    <message>
        <source>The incident could not be let go: %1</source>
        <translation>Der Vorfall konnte nicht abgegeben werden: %1</translation>
    </message>
</context>
<context>
    <name>cordon::gui::TimelineView</name>
    <message>
        <source>Incident timeline</source>
        <translation>Vorfall-Zeitleiste</translation>
    </message>
    <message>
        <source>Timeline of %1</source>
        <translation>Zeitleiste von %1</translation>
    </message>
    <message>
        <source>No incident selected.</source>
        <translation>Kein Vorfall ausgewählt.</translation>
    </message>
</context>
<context>
    <name>cordon::gui::WelcomePage</name>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Getting started with Cordon</source>
        <translation>Erste Schritte mit Cordon</translation>
    </message>
    <message>
        <source>Cordon lists the incidents your EDR or MDR reports, finds the Okta user behind each endpoint, and contains them with one click. Two steps set it up; the demo shows it first, against a simulated Okta org, with nothing leaving this computer.</source>
        <translation>Cordon listet die Vorfälle, die Ihr EDR oder MDR meldet, findet den Okta-Benutzer hinter jedem Endgerät und isoliert ihn mit einem Klick. Zwei Schritte richten es ein; die Demo zeigt es vorher an einer simulierten Okta-Org, ohne dass etwas diesen Computer verlässt.</translation>
    </message>
    <message>
        <source>Connect Okta…</source>
        <translation>Okta verbinden…</translation>
    </message>
    <message>
        <source>Connect your Okta org</source>
        <translation>Ihre Okta-Org verbinden</translation>
    </message>
    <message>
        <source>The org&apos;s address and an API token; the token is kept in the system&apos;s keychain, never in a file.</source>
        <translation>Die Adresse der Org und ein API-Token; das Token liegt im Schlüsselbund des Systems, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Open a feed file…</source>
        <translation>Feed-Datei öffnen…</translation>
    </message>
    <message>
        <source>Add an HTTPS source…</source>
        <translation>HTTPS-Quelle hinzufügen…</translation>
    </message>
    <message>
        <source>Add a feed of incidents</source>
        <translation>Einen Feed mit Vorfällen hinzufügen</translation>
    </message>
    <message>
        <source>OCSF Detection Findings, Red Canary detections or NDJSON: a file, or an HTTPS source Cordon polls.</source>
        <translation>OCSF Detection Findings, Red-Canary-Erkennungen oder NDJSON: eine Datei oder eine HTTPS-Quelle, die Cordon abfragt.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
    <message>
        <source>Or try the demo first</source>
        <translation>Oder zuerst die Demo ausprobieren</translation>
    </message>
    <message>
        <source>A second window with a simulated Okta org and a sample feed, in folders of its own: nothing of it reaches your settings or your keychain.</source>
        <translation>Ein zweites Fenster mit einer simulierten Okta-Org und einem Beispiel-Feed, in eigenen Ordnern: nichts davon gelangt in Ihre Einstellungen oder Ihren Schlüsselbund.</translation>
    </message>
    <message>
        <source>Show the incident list</source>
        <translation>Vorfallsliste anzeigen</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Erledigt</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Opened in a window of its own</source>
        <translation>In einem eigenen Fenster geöffnet</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Contain the Okta identity behind a compromised endpoint.</source>
        <translation>Die Okta-Identität hinter einem kompromittierten Endpunkt eindämmen.</translation>
    </message>
    <message>
        <source>Run against a simulated Okta org on this computer, with a sample feed.</source>
        <translation>Gegen eine simulierte Okta-Org auf diesem Computer laufen, mit einem Beispiel-Feed.</translation>
    </message>
    <message>
        <source>Save a picture of the window and quit.</source>
        <translation>Ein Bild des Fensters speichern und beenden.</translation>
    </message>
    <message>
        <source>Save a picture of the settings dialog and quit.</source>
        <translation>Ein Bild des Einstellungsdialogs speichern und beenden.</translation>
    </message>
    <message>
        <source>Link refused: %1</source>
        <translation>Link abgelehnt: %1</translation>
    </message>
    <message>
        <source>Show the console in this language (en, de, fr), whatever the system&apos;s.</source>
        <translation>Die Konsole in dieser Sprache anzeigen (en, de, fr), unabhängig von der des Systems.</translation>
    </message>
    <message>
        <source>A cordon://incident/&lt;id&gt; link to open.</source>
        <translation>Ein cordon://incident/&lt;id&gt;-Link, der geöffnet werden soll.</translation>
    </message>
    <message>
        <source>Later starts cannot reach this console: %1</source>
        <translation>Spätere Starts können diese Konsole nicht erreichen: %1</translation>
    </message>
</context>
</TS>
