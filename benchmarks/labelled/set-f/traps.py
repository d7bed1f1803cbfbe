"""The traps planted in set-f, by name. build.py writes them to labels.toml as [[trap]] tables.

keys are report keys from the content modules; field_weeks are "YYYY-Www:field" strings.
README.md lists the same traps in prose.
"""

TRAPS = [
    # ---------------------------------------------------------------- money that is not the news
    {"name": "forecast-in-deal-verbs",
     "what": "Forecasts written with spending verbs ('to pour $1.1 trillion', 'to spend £2.3bn') or as "
             "market sizes; nothing was committed.",
     "keys": ["w30-fab-spending-forecast", "w31-quantum-sensing-forecast", "w30-heat-pump-forecast",
              "w30-inference-survey"]},
    {"name": "revenue-in-title",
     "what": "NEW. A results brief with half-year revenue (€1.3bn) in its title; revenue is not a deal.",
     "keys": ["w30-tessaline-results"]},
    {"name": "valuation-or-past-round-in-background",
     "what": "Valuations and past rounds beside the news: Nordmere's €1.1bn mark and €240m round, Quorra's "
             "$1.4bn, Noveris's $410m, Mirelle's £8bn behind a hire and a point release, Evergale's $120m.",
     "keys": ["w30-halcyra-nordmere", "w30-majorana-replication", "w30-noveris-adcomm",
              "w30-mirelle-safety-chief", "w31-mirelle-point-release", "w31-senolytic-retraction",
              "w31-fda-approves-nvr-114", "w30-quillon-round"]},
    {"name": "deal-components",
     "what": "Cash, shares and earn-out parts beside the headline value (€3.5bn + €700m of €4.2bn; €2.5bn + "
             "€900m of €3.4bn).",
     "keys": ["w30-halcyra-nordmere", "w31-brevik-kilder"]},
    {"name": "sector-total",
     "what": "Industry-wide sums in columns: $55bn of public quantum money, $700bn and £40bn of AI capex, "
             "€9bn of launcher spending.",
     "keys": ["w30-opinion-quantum-error-bars", "w31-opinion-ai-capex", "w30-opinion-launch-counts"]},
    {"name": "cost-estimate-and-system-cost",
     "what": "A project's cost estimate (£2.8bn SMR) and a machine's cost (€480m Ostvik, £350,000 cubesat) "
             "beside news whose point is not money.",
     "keys": ["w31-onr-smr-site-licence", "w31-ostvik-enters-service", "w30-cubesat-rideshare"]},
    {"name": "ransom-demand",
     "what": "A £4.5m ransom demand in a routine incident's title, repeated in a later hire brief.",
     "keys": ["w30-haulbridge-ransomware", "w31-ciso-hire"]},
    {"name": "restated-amounts",
     "what": "Follow-ups that repeat last week's figures (€4.2bn, €640m) and add nothing.",
     "keys": ["w31-halcyra-nordmere-licensees", "w31-orrin-first-shipment"]},
    {"name": "old-money-explained",
     "what": "An explainer of a 2025 auction with £1.2bn in its title.",
     "keys": ["w31-capacity-auction-explainer"]},
    {"name": "price-not-deal",
     "what": "A list price ($2.6m) in an approval story, and a market-value drop (£95m) in a trial story.",
     "keys": ["w31-fda-approves-nvr-114", "w30-cardiva-trial-miss"]},
    {"name": "amount-in-words",
     "what": "NEW. A headline amount written only in words ('twelve million pounds').",
     "keys": ["w31-marrow-tidal-round"]},
    # ---------------------------------------------------------------- cue words
    {"name": "advisory-vote-not-approval",
     "what": "NEW. An FDA advisory-committee vote is a recommendation, not an approval (notable); the "
             "approval follows next week (major, a follow-up with news).",
     "keys": ["w30-noveris-adcomm", "w31-fda-approves-nvr-114"]},
    {"name": "routine-record",
     "what": "NEW. A seasonal grid statistic ('another solar record') labelled kind record but minor; record "
             "attendance; a correction that withdraws a record claim.",
     "keys": ["w30-solar-grid-record", "w30-summer-school-recap", "w31-correction-pellmar-qubits"]},
    {"name": "negative-results-are-news",
     "what": "NEW. A failed replication and a phase 3 trial that missed its endpoint lead their fields "
             "(notable) although nothing 'worked'.",
     "keys": ["w30-majorana-replication", "w30-cardiva-trial-miss"]},
    {"name": "corrections-and-retractions",
     "what": "NEW. 'Correction:' with numbers in the title (minor) and a journal retraction of an "
             "influential paper (notable).",
     "keys": ["w31-correction-pellmar-qubits", "w31-senolytic-retraction"]},
    {"name": "rideshare-launches",
     "what": "NEW. 'Launch' on rideshares: a student cubesat (minor) versus the first satellites of a "
             "public constellation (notable); neither is a maiden orbital launch. 'Maiden flight' in a slip.",
     "keys": ["w30-cubesat-rideshare", "w31-nordlys-rideshare", "w31-hollin-maiden-slip"]},
    {"name": "final-versus-draft-standard",
     "what": "NEW. A finalised IETF standard (major) one week, a draft ENISA scheme open for comment "
             "(notable) the next.",
     "keys": ["w30-ietf-hybrid-tls-rfc", "w31-enisa-draft-scheme"]},
    {"name": "export-licence",
     "what": "NEW. A government export-licence decision for specific tools: an approval of moderate "
             "consequence, not a product approval.",
     "keys": ["w30-orrin-export-licence"]},
    {"name": "hedged-science",
     "what": "'May', 'in mice', 'in a small study', 'preprint': minor research results.",
     "keys": ["w30-mice-gut-microbe", "w31-antibody-preprint"]},
    {"name": "approval-and-first-in-unfiled",
     "what": "Approvals and firsts in reports no field claims (e-scooters, smartwatch, ammonia ships).",
     "keys": ["w30-scooter-scheme-approval", "w31-smartwatch-clearance", "w31-ammonia-carriers"]},
    {"name": "regulator-as-person",
     "what": "'Regulator' as a hire's former job and 'regulators said' as background in a hire brief.",
     "keys": ["w30-mirelle-safety-chief"]},
    # ---------------------------------------------------------------- structure
    {"name": "follow-ups",
     "what": "Three follow-ups that add nothing (Nordmere licensees, Orrin shipment, Quorra) and one that "
             "adds real news and leads (NVR-114 approval).",
     "keys": ["w31-halcyra-nordmere-licensees", "w31-orrin-first-shipment", "w31-quorra-response",
              "w31-fda-approves-nvr-114"]},
    {"name": "cross-listed",
     "what": "Reports filed in two fields: the inference survey (AI + HPC), the antibody preprint "
             "(AI + biotech).",
     "keys": ["w30-inference-survey", "w31-antibody-preprint"]},
    {"name": "syndicated-copy",
     "what": "Partner copies of the Halcyra and Brevik deals with utm_* links.",
     "keys": ["w30-halcyra-nordmere-synd", "w31-brevik-kilder-synd"]},
    {"name": "timezone-edges",
     "what": "Local Monday that is Sunday in UTC (scooter brief, W30), local Sunday that is Monday in UTC "
             "(Quorra, W31); items at 00:05 UTC Monday and 23:50 UTC Sunday.",
     "keys": ["w30-scooter-scheme-approval", "w31-quorra-response", "w30-cubesat-rideshare",
              "w31-capacity-auction-explainer"]},
    # ---------------------------------------------------------------- field-weeks
    {"name": "quiet-fields",
     "what": "Only minor items: HPC, energy and space in W30; quantum and AI in W31.",
     "field_weeks": ["2026-W30:hpc", "2026-W30:energy", "2026-W30:space", "2026-W31:quantum", "2026-W31:ai"]},
    {"name": "one-major-among-many",
     "what": "AI in W30: one major deal among five reports.",
     "field_weeks": ["2026-W30:ai"]},
    {"name": "two-notables-either-leads",
     "what": "Biotech W30 and cybersecurity W31: two notable items, top1_also_ok.",
     "field_weeks": ["2026-W30:biotech", "2026-W31:cybersecurity"]},
]
