"""The traps planted in set-d (2026-W36, 2026-W37), by name. build.py writes them to labels.toml as [[trap]].

keys are report keys from the content modules; field_weeks are "YYYY-Www:field" strings.
README.md lists the same traps in prose. Traps marked NEW are not in the dev set's list.
"""

TRAPS = [
    # ---------------------------------------------------------------- money that is not the news
    {"name": "forecast-amount-in-title",
     "what": "Market forecasts with their figure (or a share) in the title: quantum software $4.1bn by 2032, "
             "chip equipment $140bn in 2028, satellite broadband $40bn by 2031, data centres 9 per cent of "
             "Britain's power by 2035 (with £18bn of grid investment in the body). All minor.",
     "keys": ["w36-quantum-software-forecast", "w37-chip-equipment-forecast",
              "w37-satellite-broadband-forecast", "w37-datacentre-power-forecast"]},
    {"name": "valuation-beside-round",
     "what": "Ardent's round (two billion euros) sits beside a larger €14bn valuation in the same sentence.",
     "keys": ["w36-ardent-round"]},
    {"name": "valuation-or-past-round-in-background",
     "what": "Valuations and earlier rounds in Background, often larger than anything new: Fennmoor's $2.6bn, "
             "Quillon's $1.1bn, Morrow's $240m IPO, Skarda's £90m, Caskwell's $700m, Halden's $180m and "
             "$1.9bn, Ferrand's £160m, Ardent's €14bn behind a lawsuit, Pellow's $22m behind a hire.",
     "keys": ["w36-kestrel-fennmoor-talks", "w36-quillon-layoffs", "w36-morrow-trial-pause",
              "w36-skarda-fulmar-failure", "w36-caskwell-ceo", "w37-halden-fidelity-record",
              "w37-mhra-ferrand-fb12", "w37-ardent-publishers-lawsuit", "w37-pellow-cfo"]},
    {"name": "sector-total",
     "what": "Industry-wide sums quoted for context in columns and surveys: $42bn of public quantum funding, "
             "$380bn of solar investment, $9bn of robotics venture money, $400bn of AI capex, $610m of quantum "
             "software spending, $118bn of chip-equipment spending.",
     "keys": ["w36-qubit-race-opinion", "w36-solar-prices-opinion", "w36-warehouse-robots-opinion",
              "w37-agents-opinion", "w36-quantum-software-forecast", "w37-chip-equipment-forecast"]},
    {"name": "cost-estimate-and-limit",
     "what": "Estimates and ceilings that are not the size of the news: the UK rules' £560m compliance cost and "
             "£17m maximum fine, Quillon's $120m restructuring charge, an analyst's €35m of Northgrid credits, "
             "£14m of lost payloads.",
     "keys": ["w36-uk-msp-rules", "w36-quillon-layoffs", "w36-northgrid-outage", "w36-skarda-fulmar-failure"]},
    {"name": "ransom-demand",
     "what": "Extortion demands in incident reports: $12m (Pinecastle), £2m (Dunmore); neither was paid.",
     "keys": ["w36-pinecastle-breach", "w37-dunmore-council-ransomware"]},
    {"name": "deal-component",
     "what": "Parts of a deal beside its value: Brantwood's £250m break fee, Kestrel's $3.4bn cash and $1.2bn "
             "in shares, Lysander's $45m termination fee.",
     "keys": ["w36-brantwood-kessington", "w37-kestrel-fennmoor-deal", "w37-lysander-quenby-called-off"]},
    {"name": "restated-amount",
     "what": "Last week's figures repeated: the Brantwood-Kessington £6.4bn in a week-on title that adds "
             "nothing, the rumoured $4bn inside the signed Kestrel deal, this week's $4.6bn inside an opinion "
             "column, the €35m estimate inside the Northgrid post-mortem.",
     "keys": ["w37-brantwood-week-on", "w37-kestrel-fennmoor-deal", "w37-agents-opinion",
              "w37-northgrid-postmortem"]},
    {"name": "prices",
     "what": "Prices: Ferrand's £96,000 list price is incidental to an approval; Ardent's $2 per million tokens "
             "is the key figure of a minor price cut (old price $4).",
     "keys": ["w37-mhra-ferrand-fb12", "w37-ardent-price-cut"]},
    {"name": "system-cost-and-budget",
     "what": "An opinion column quoting a machine's €600m cost and a €7bn multi-year public budget.",
     "keys": ["w36-exascale-opinion"]},
    # ---------------------------------------------------------------- NEW: money and deal language
    {"name": "NEW amount-in-words",
     "what": "The AI lead's headline amount is written only in words ('two billion euros'); the only digits "
             "beside it are its dollar conversion ($2.3bn) and the €14bn valuation. A digit-only amount reader "
             "finds the valuation first.",
     "keys": ["w36-ardent-round", "w36-ardent-round-partner-copy"]},
    {"name": "NEW conversion-in-parentheses",
     "what": "Headline amounts followed by the same sum in another currency: £6.4bn ($8.1bn), £1.2bn ($1.6bn), "
             "two billion euros (about $2.3bn). Role 'conversion': not a second figure, not wrong if quoted.",
     "keys": ["w36-brantwood-kessington", "w37-cma-blocks-harwell-ostle", "w36-ardent-round"]},
    {"name": "NEW rumour-then-deal",
     "what": "'Reportedly in talks to buy ... for about $4bn': unconfirmed, notable not major (W36). The next "
             "week the deal is signed at $4.6bn (major, a follow-up that adds news and leads AI), with the $4bn "
             "restated.",
     "keys": ["w36-kestrel-fennmoor-talks", "w37-kestrel-fennmoor-deal"]},
    {"name": "NEW weighs-sale-range",
     "what": "'Weighs sale that could fetch $300m–$400m': a price range from bankers, no buyer, no talks; minor, "
             "no headline amount, both ends labelled as valuation.",
     "keys": ["w36-tarnbrook-weighs-sale"]},
    {"name": "NEW deal-undone",
     "what": "Deal verbs with a negation: a takeover blocked by the CMA and an agreed acquisition called off. "
             "Both are notable deal news whose headline figure is a deal that will not happen.",
     "keys": ["w37-cma-blocks-harwell-ostle", "w37-lysander-quenby-called-off"]},
    {"name": "NEW results-revenue-is-the-news",
     "what": "In a quarterly-results report the quarter's revenue ($9.2bn) is the news's figure, surrounded by "
             "the consensus ($9.6bn), a guidance range ($8.6bn–$9bn) and a $31bn fall in market value; "
             "elsewhere (Kessington's £1.9bn) revenue is background.",
     "keys": ["w36-halvard-results", "w36-brantwood-kessington"]},
    {"name": "NEW damages-claimed",
     "what": "A lawsuit claiming €2.1bn in damages: the claim is the report's figure but no money changes "
             "hands; notable, not major, and second to a real deal.",
     "keys": ["w37-ardent-publishers-lawsuit"]},
    {"name": "NEW correction-with-wrong-figure",
     "what": "A correction line giving the earlier, wrong figure (€31m) for a €310m fine.",
     "keys": ["w37-dpc-fines-calloway"]},
    {"name": "NEW news-without-money",
     "what": "Notable or major items with no headline amount whose reports still carry money: an outage "
             "(€35m estimate), a regulation (£17m cap, £560m cost), layoffs ($120m charge), a trial halt "
             "($240m IPO), a launch failure (£14m payloads), a certified record ($1.9bn valuation), an "
             "approval (£96,000 price). A reason must cite the event, not these sums.",
     "keys": ["w36-northgrid-outage", "w36-uk-msp-rules", "w36-quillon-layoffs", "w36-morrow-trial-pause",
              "w36-skarda-fulmar-failure", "w37-halden-fidelity-record", "w37-mhra-ferrand-fb12"]},
    # ---------------------------------------------------------------- cue words used incidentally
    {"name": "first-as-date-or-ordinal",
     "what": "'first quarter' and 'first half' as dates; 'First,' opening an argument; 'first deliveries'.",
     "keys": ["w37-kestrel-fennmoor-deal", "w37-chip-equipment-forecast", "w36-halvard-results",
              "w36-qubit-race-opinion", "w37-agents-opinion", "w37-aldmoor-satellite-bus"]},
    {"name": "regulators-incidental",
     "what": "'regulators' in a webinar notice, a webinar recap and a deal's pending clearances; a competition "
             "block is deal news, not a regulation.",
     "keys": ["w36-ai-drug-discovery-webinar", "w36-grid-queue-webinar-recap", "w37-kestrel-fennmoor-deal",
              "w37-cma-blocks-harwell-ostle"]},
    {"name": "launch-not-a-launch",
     "what": "'Launch failure' and 'maiden flight' in a failure report; 'launch event' for a product unveiling "
             "and a gateway release; 'return to flight' with no flight; 'launch' of a community wiki.",
     "keys": ["w36-skarda-fulmar-failure", "w37-aldmoor-satellite-bus", "w36-siftwell-v5",
              "w37-skarda-investigation", "w37-edinburgh-agents-summit"]},
    {"name": "record-idioms-and-statistics",
     "what": "'track record', 'a matter of record', 'on the record', 'a record 600 GW', 'record turnout', "
             "'record attendance', 'record demand', 'a record year', 'not a record'.",
     "keys": ["w36-qubit-race-opinion", "w36-exascale-opinion", "w36-morrow-trial-pause",
              "w36-solar-prices-opinion", "w36-grid-queue-webinar-recap", "w37-edinburgh-agents-summit",
              "w37-datacentre-power-forecast", "w36-quantum-software-forecast", "w37-dpc-fines-calloway"]},
    {"name": "NEW records-as-data",
     "what": "'31 million patient records' stolen: 'records' are data rows, not a record; the item is a breach.",
     "keys": ["w36-pinecastle-breach"]},
    {"name": "breakthrough-generic-or-negated",
     "what": "'None of this is a breakthrough'; 'we do not expect a breakthrough'; founders 'hope for a "
             "breakthrough'.",
     "keys": ["w36-qubit-race-opinion", "w37-agents-opinion", "w37-brightmere-seed"]},
    {"name": "approval-pending-or-planned",
     "what": "'subject to approval' (Brantwood, Kestrel), 'Approvals:' as a list of clearances, 'had planned to "
             "file for approval' (Morrow), 'planning approval' in a forecast, 'what the £6.4bn deal still has to "
             "clear'. Only the MHRA's FB-12 decision is an approval.",
     "keys": ["w36-brantwood-kessington", "w37-kestrel-fennmoor-deal", "w36-morrow-trial-pause",
              "w37-datacentre-power-forecast", "w37-brantwood-week-on"]},
    {"name": "partnership-incidental",
     "what": "'organised in partnership with' in a webinar recap and a webinar notice.",
     "keys": ["w36-grid-queue-webinar-recap", "w37-liquid-cooling-webinar"]},
    {"name": "NEW question-headlines",
     "what": "Question headlines on very different weights: a major regulation ('Is your IT supplier "
             "covered?'), a major round ('is Europe's frontier lab finally funded?'), a notable results report "
             "('Is the AI chip boom cooling?') and minor columns ('Is this the end of ...?').",
     "keys": ["w36-uk-msp-rules", "w36-ardent-round", "w36-halvard-results", "w36-qubit-race-opinion",
              "w36-solar-prices-opinion", "w36-warehouse-robots-opinion"]},
    # ---------------------------------------------------------------- structure
    {"name": "NEW alternative-key-findings-headings",
     "what": "Key Findings headed 'In brief', 'The short version' or 'What happened', or with no heading at "
             "all; WordPress excerpts therefore start with those words, not 'Key Findings'.",
     "keys": ["w36-ardent-round", "w36-quillon-layoffs", "w36-kestrel-fennmoor-talks",
              "w36-grid-queue-webinar-recap", "w37-kestrel-fennmoor-deal"]},
    {"name": "bulleted-or-numbered-key-findings",
     "what": "Key Findings as bullets without a lead (grid recap, no full stops; Halden record) or as a "
             "numbered <ol> list (Quillon, Kestrel deal).",
     "keys": ["w36-grid-queue-webinar-recap", "w37-halden-fidelity-record", "w36-quillon-layoffs",
              "w37-kestrel-fennmoor-deal"]},
    {"name": "NEW details-as-table",
     "what": "Technical details rendered as a WordPress table block ('Label | text' rows) instead of a list.",
     "keys": ["w36-northgrid-outage"]},
    {"name": "cross-listed",
     "what": "Filed under two fields; count once in all-fields totals.",
     "keys": ["w36-ai-drug-discovery-webinar", "w37-datacentre-power-forecast"]},
    {"name": "syndicated-copy",
     "what": "Partner-feed copies of site reports with utm_* links and a shorter body: the Ardent round (W36) "
             "and the Kestrel-Fennmoor deal (W37). One report each.",
     "keys": ["w36-ardent-round-partner-copy", "w37-kestrel-fennmoor-partner-copy"]},
    {"name": "follow-ups",
     "what": "Three that add nothing (Brantwood-Kessington a week on, Skarda still investigating, Morrow no "
             "update) and two that add news (Northgrid post-mortem, notable; Kestrel signs, major).",
     "keys": ["w37-brantwood-week-on", "w37-skarda-investigation", "w37-morrow-week-on",
              "w37-northgrid-postmortem", "w37-kestrel-fennmoor-deal"]},
    {"name": "same-company-new-story",
     "what": "A new story about last week's company: Ardent sued and cutting prices; Pellow hiring a CFO.",
     "keys": ["w37-ardent-publishers-lawsuit", "w37-ardent-price-cut", "w37-pellow-cfo"]},
    {"name": "unfiled",
     "what": "Tags match no field: fintech, robotics, edtech, and a telecoms item with no tags at all.",
     "keys": ["w36-pennyworth-round", "w36-warehouse-robots-opinion", "w37-brightslate-round",
              "w37-ofcom-3g-switch-off"]},
    {"name": "tags-that-are-not-aliases",
     "what": "'Healthcare', 'Data protection', 'Chip design', 'Small launchers', 'Drug approvals', 'Market "
             "forecasts', 'Data breach'; each report is filed through its other tags.",
     "keys": ["w36-pinecastle-breach", "w37-dpc-fines-calloway", "w36-pellow-round",
              "w36-skarda-fulmar-failure", "w37-mhra-ferrand-fb12"]},
    {"name": "pqc-is-cybersecurity",
     "what": "A post-quantum inventory webinar tagged PQC is cybersecurity, not quantum.",
     "keys": ["w37-pqc-inventory-webinar"]},
    {"name": "NEW bst-offsets-at-week-edges",
     "what": "Site dates in BST (+01:00): 01:10 BST on Mon 31 Aug is 00:10 UTC (W36, ten minutes in); 00:30 BST "
             "on Mon 14 Sep is 23:30 UTC Sun 13 Sep (W37, though its permalink says 14 Sep). Partner: 00:50 "
             "+02:00 Mon 7 Sep is W36; 21:30 -05:00 Sun 6 Sep is W37.",
     "keys": ["w36-brantwood-kessington", "w37-ofcom-3g-switch-off", "w36-caskwell-ceo",
              "w37-satellite-broadband-forecast"]},
    # ---------------------------------------------------------------- field-weeks
    {"name": "quiet-fields",
     "what": "Only minor items (skip), including a forecast or a rehash with a large figure.",
     "field_weeks": ["2026-W36:quantum", "2026-W36:energy", "2026-W37:semiconductors", "2026-W37:space"]},
    {"name": "one-major-among-many",
     "what": "AI in W37: six reports, one major (the signed deal), one notable, four minor.",
     "field_weeks": ["2026-W37:ai"]},
    {"name": "single-major-report",
     "what": "Quantum in W37 has a single report, a certified record: must-read.",
     "field_weeks": ["2026-W37:quantum"]},
]
