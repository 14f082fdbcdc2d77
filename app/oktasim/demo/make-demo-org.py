#!/usr/bin/env python3
"""Writes demo-org.json, the built-in demo org of cordon-okta-sim, in the directory file format.

The output is deterministic (ids are derived from logins and names), so regenerating it only
changes what the script changes: python3 make-demo-org.py
"""
import hashlib
import json
import os
import string

AD_PROVIDER = {"type": "ACTIVE_DIRECTORY", "name": "ad.example.com"}
OKTA_PROVIDER = {"type": "OKTA", "name": "OKTA"}
SID_PREFIX = "S-1-5-21-1004336348-1177238915-682003330-"
USER_TYPE = "oty1a2b3c4d5e6f7g8h9"
AD_APP = "0oa1ad2ex3am4ple5com"
ALPHABET = string.digits + string.ascii_letters


def okta_id(prefix, key):
    digest = int.from_bytes(hashlib.sha256(key.encode()).digest(), "big")
    chars = []
    for _ in range(17):
        digest, rest = divmod(digest, len(ALPHABET))
        chars.append(ALPHABET[rest])
    return prefix + "".join(chars)


# (firstName, lastName, login, samAccountName or None for a non-AD user, status, department, title)
KEY_PEOPLE = [
    ("Joren", "Maes", "joren.m@example.com", "joren", "ACTIVE", "Engineering", "Software Engineer"),
    ("Joren", "Martens", "joren.martens@example.com", "jmartens", "ACTIVE", "Finance", "Accountant"),
    ("Jorien", "Maas", "jorien.maas@example.com", None, "ACTIVE", "Marketing", "Content Strategist"),
    ("Joren", "Maes", "joren.maes@example.com", "jmaes", "DEPROVISIONED", "Engineering", "Software Engineer"),
    ("Jonas", "Müller", "jonas.mueller@example.com", "jmueller", "ACTIVE", "Engineering", "Site Reliability Engineer"),
    ("Jonas", "Mueller-Schmidt", "jonas.ms@example.com", None, "ACTIVE", "Sales", "Account Executive"),
    ("Ilse", "Marten", "ilse.marten@example.com", "ilse.marten", "ACTIVE", "Legal", "Counsel"),
    ("Noor", "Haddad", "noor.haddad@example.com", None, "ACTIVE", "Design", "Product Designer"),
    ("Teo", "Lindqvist", "teo.lindqvist@example.com", "tlindqvist", "ACTIVE", "Engineering", "QA Engineer"),
    ("Oskar", "Berg", "oskar.berg@example.com", None, "ACTIVE", "Design", "Illustrator"),
    ("Wren", "Aldana", "wren.aldana@example.com", "wren.aldana", "ACTIVE", "Support", "Support Engineer"),
    ("Priya", "Raman", "priya.raman@example.com", "praman", "SUSPENDED", "Finance", "Controller"),
    ("Alex", "Morgan", "alex.morgan@example.com", None, "ACTIVE", "IT", "Identity Administrator"),
    ("Hana", "Kobayashi", "hana.kobayashi@example.com", None, "ACTIVE", "IT", "Help Desk Lead"),
    ("Maria", "Castellanos", "maria.castellanos@example.com", "mcastellanos", "ACTIVE", "Executive", "Chief Financial Officer"),
    ("Cordon", "Service", "svc-cordon@example.com", None, "ACTIVE", "IT", "Service Account"),
    ("Sam", "Okafor", "sam.okafor@example.com", "sokafor", "STAGED", "Engineering", "Software Engineer"),
    ("Lena", "Vogt", "lena.vogt@example.com", "lvogt", "LOCKED_OUT", "Sales", "Sales Manager"),
]

# Ordinary people; several resemble the key people on purpose, as real directories do.
ORDINARY = [
    ("Joris", "Maes", True), ("Jeroen", "Maes", True), ("Jorn", "Mertens", True), ("Johan", "Maessen", False),
    ("Jolien", "Maes", True), ("Joran", "Meas", False), ("Jordi", "Martens", True), ("Jonas", "Miller", False),
    ("Jonas", "Mulder", True), ("Ilse", "Martens", True), ("Elise", "Marten", False), ("Noor", "Hadad", True),
    ("Nour", "Haddad", False), ("Teo", "Lindqvist-Ahl", False), ("Theo", "Lindquist", True), ("Oscar", "Berg", True),
    ("Oskar", "Bergman", False), ("Ren", "Aldana", True), ("Priya", "Ramanathan", True), ("Alexa", "Morgan", False),
    ("Hannah", "Kobayashi", True), ("Mario", "Castellano", True), ("Ana", "Castellanos", False),
    ("Bram", "Peeters", True), ("Sofie", "Janssens", True), ("Lars", "Nilsson", False), ("Mira", "Novak", True),
    ("Emre", "Yilmaz", True), ("Chloé", "Dubois", False), ("Ruben", "Claes", True), ("Femke", "de Vries", True),
    ("Kai", "Tanaka", False), ("Zoë", "Maes", True), ("José", "Martín", True),
]
DEPARTMENTS = ["Engineering", "Finance", "Sales", "Support", "Marketing", "Legal", "Design", "Operations"]
TITLES = ["Engineer", "Analyst", "Manager", "Specialist", "Coordinator", "Consultant", "Associate", "Lead"]


def ascii_name(text):
    table = str.maketrans({"é": "e", "ë": "e", "ü": "u", "ö": "o", "ä": "a", "í": "i", "ó": "o", "ñ": "n"})
    return text.translate(table).lower().replace(" ", "").replace("'", "")


def stamp(day, hour=9):
    return "2025-%02d-%02dT%02d:%02d:00.000Z" % (1 + day % 12, 1 + day % 28, hour % 24, (day * 7) % 60)


def make_user(index, first, last, login, sam, status, department, title):
    user_id = okta_id("00u", login)
    profile = {
        "firstName": first,
        "lastName": last,
        "mobilePhone": None,
        "secondEmail": None,
        "login": login,
        "email": login,
        "displayName": "%s %s" % (first, last),
        "department": department,
        "title": title,
    }
    if sam:
        profile["samAccountName"] = sam
        profile["objectSid"] = SID_PREFIX + str(1100 + index)
    credentials = {"provider": AD_PROVIDER if sam else OKTA_PROVIDER}
    if status not in ("STAGED", "DEPROVISIONED") and not sam:
        credentials["password"] = {}
    active_once = status != "STAGED"
    return {
        "id": user_id,
        "status": status,
        "created": stamp(index, 8),
        "activated": stamp(index, 9) if active_once else None,
        "statusChanged": stamp(index + 40, 10) if status != "ACTIVE" or index % 3 == 0 else stamp(index, 9),
        "lastLogin": stamp(index + 60, 11) if active_once and status != "DEPROVISIONED" else None,
        "lastUpdated": stamp(index + 80, 12),
        "passwordChanged": stamp(index, 9) if "password" in credentials else None,
        "type": {"id": USER_TYPE},
        "profile": profile,
        "credentials": credentials,
    }


def main():
    users = []
    for index, (first, last, login, sam, status, department, title) in enumerate(KEY_PEOPLE):
        users.append(make_user(index, first, last, login, sam, status, department, title))
    taken = {person[3] for person in KEY_PEOPLE if person[3]}
    for offset, (first, last, is_ad) in enumerate(ORDINARY):
        index = len(KEY_PEOPLE) + offset
        login = "%s.%s@example.com" % (ascii_name(first), ascii_name(last))
        sam = None
        if is_ad:
            # samAccountName is unique in a domain; AD admins number the second jmaes.
            base = (ascii_name(first)[0] + ascii_name(last))[:18]
            sam = base
            while sam in taken:
                sam = base + str(int(sam[len(base):] or "1") + 1)
            taken.add(sam)
        users.append(make_user(index, first, last, login, sam, "ACTIVE", DEPARTMENTS[offset % len(DEPARTMENTS)],
                               TITLES[offset % len(TITLES)]))
    by_login = {u["profile"]["login"]: u["id"] for u in users}
    assert len(set(by_login.values())) == len(users), "user ids collide"

    # Joren's Okta Verify from long ago, and a phone enrolled 13 minutes after the demo feed's first incident
    # on his laptop was detected (2026-11-27T08:14:10Z): the attacker's factor that revoke-factors-since removes.
    joren = next(u for u in users if u["profile"]["login"] == "joren.m@example.com")
    joren["factors"] = [
        {"id": okta_id("opf", "joren-okta-verify"), "factorType": "push", "provider": "OKTA",
         "status": "ACTIVE", "created": "2025-03-12T09:41:27.000Z",
         "profile": {"name": "Pixel 8", "platform": "ANDROID", "deviceType": "SmartPhone_Android"}},
        {"id": okta_id("sms", "joren-attacker-sms"), "factorType": "sms", "provider": "OKTA",
         "status": "ACTIVE", "created": "2026-11-27T08:27:53.000Z",
         "profile": {"phoneNumber": "+1-555-010-7788"}},
    ]

    def group(key, name, description, group_type, extra_profile=None, source=None):
        profile = {"name": name, "description": description}
        profile.update(extra_profile or {})
        body = {
            "id": okta_id("00g", key),
            "created": "2024-11-04T08:00:00.000Z",
            "lastUpdated": "2024-11-04T08:00:00.000Z",
            "lastMembershipUpdated": "2025-06-02T08:00:00.000Z",
            "objectClass": ["okta:windows_security_principal" if group_type == "APP_GROUP" else "okta:user_group"],
            "type": group_type,
            "profile": profile,
        }
        if source:
            body["source"] = {"id": source}
        return body

    everyone = group("everyone", "Everyone", "All users in your organization", "BUILT_IN")
    limited = group("limited-data-access", "Limited Data Access", "Restricted access for contained users",
                    "OKTA_GROUP")
    engineering = group("engineering", "Engineering", "Engineering department", "OKTA_GROUP")
    executives = group("protected-executives", "Protected Executives", "Executives: contain only after review",
                       "OKTA_GROUP")
    contractors_a = group("contractors-emea", "Contractors", "Contractors, EMEA agencies", "OKTA_GROUP")
    contractors_b = group("contractors-amer", "Contractors", "Contractors, Americas agencies", "OKTA_GROUP")
    domain_users = group("ad-domain-users", "AD Domain Users", "Imported from ad.example.com", "APP_GROUP", {
        "samAccountName": "Domain Users",
        "dn": "CN=Domain Users,CN=Users,DC=ad,DC=example,DC=com",
        "windowsDomainQualifiedName": "AD_DOMAIN\\Domain Users",
        "externalId": "dGhpcyBpcyBkb21haW4gdXNlcnM=",
    }, AD_APP)
    groups = [everyone, limited, engineering, executives, contractors_a, contractors_b, domain_users]

    members = {
        everyone["id"]: [u["id"] for u in users],
        limited["id"]: [by_login["priya.raman@example.com"]],
        engineering["id"]: [u["id"] for u in users if u["profile"]["department"] == "Engineering"],
        executives["id"]: [by_login["maria.castellanos@example.com"]],
        contractors_a["id"]: [by_login[l] for l in ("jorien.maas@example.com", "joran.meas@example.com")],
        contractors_b["id"]: [by_login[l] for l in ("johan.maessen@example.com", "kai.tanaka@example.com")],
        domain_users["id"]: [u["id"] for u in users if "samAccountName" in u["profile"]],
    }
    members = {gid: sorted(ids) for gid, ids in members.items()}

    def role(key, label, role_type):
        return {"id": okta_id("ra1", key), "label": label, "type": role_type, "status": "ACTIVE",
                "created": "2024-11-04T08:00:00.000Z", "lastUpdated": "2024-11-04T08:00:00.000Z",
                "assignmentType": "USER"}

    admin_roles = {
        by_login["alex.morgan@example.com"]: [role("alex", "Super Administrator", "SUPER_ADMIN")],
        by_login["hana.kobayashi@example.com"]: [role("hana", "Help Desk Administrator", "HELP_DESK_ADMIN")],
        by_login["svc-cordon@example.com"]: [role("svc", "Organization Administrator", "ORG_ADMIN")],
    }
    tokens = {
        "demo-org-admin-token": by_login["svc-cordon@example.com"],
        "demo-super-admin-token": by_login["alex.morgan@example.com"],
        "demo-help-desk-token": by_login["hana.kobayashi@example.com"],
        "demo-user-token": by_login["oskar.berg@example.com"],
    }
    sessions = {
        by_login["joren.m@example.com"]: {"sessions": 2, "oauthTokens": 3},
        by_login["joren.martens@example.com"]: {"sessions": 1, "oauthTokens": 1},
        by_login["noor.haddad@example.com"]: {"sessions": 1, "oauthTokens": 2},
        by_login["alex.morgan@example.com"]: {"sessions": 1, "oauthTokens": 0},
    }
    # An OAuth 2.0 service app that requires DPoP, granted every scope Cordon asks for, with an admin role of
    # its own. Its private key is the test key tests/data/oauth/sim-client-ec.pem: it protects nothing.
    clients = [{
        "clientId": "0oacordonsimdemo0001",
        "jwks": [{"kty": "EC", "crv": "P-256", "kid": "sim-client-ec-1", "alg": "ES256", "use": "sig",
                  "x": "fY2JbSGRVjpIUZXSLmg0zCfBRD0PebLbD7X8fIgHvRY",
                  "y": "EsK4ufcW2O4HE5vrZL7V3Rbto5xh4hLqCQ8oSXRwrRk"}],
        "scopes": ["okta.users.read", "okta.users.manage", "okta.groups.read", "okta.groups.manage",
                   "okta.roles.read", "okta.schemas.read", "okta.userRisk.read", "okta.userRisk.manage",
                   "okta.universalLogout.manage"],
        "dpopRequired": True,
        "roles": [dict(role("cordonapp", "Organization Administrator", "ORG_ADMIN"), assignmentType="CLIENT")],
    }]
    # The demo org has Identity Threat Protection: user risk and Universal Logout.
    directory = {"itp": True, "users": users, "groups": groups, "groupMembers": members, "adminRoles": admin_roles,
                 "tokens": tokens, "sessions": sessions, "clients": clients}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "demo-org.json")
    with open(path, "w", encoding="utf-8") as out:
        json.dump(directory, out, ensure_ascii=False, indent=1)
        out.write("\n")
    print("%d users, %d groups" % (len(users), len(groups)))


if __name__ == "__main__":
    main()
