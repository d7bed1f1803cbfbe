"""2026-W43 (Mon 19 Oct - Sun 25 Oct 2026): reports, and the editor's judgement per field.

Held-out set, written independently of the development set. All organisations, products, people
and figures are invented; public agencies (Japan's health ministry, Singapore's Defence Science and
Technology Agency, ETSI, CISA, PTB) are real names used in invented stories.
"""

from model import Amt, FieldWeek, Report

WEEK = "2026-W43"

NOTES = (
    "Quantum has two majors (a JPY 400 billion majority stake whose report has no Key Findings heading, and "
    "a certified fidelity record). Semiconductors has only a rehash of last week's ¥2.6 trillion Tokai deal "
    "plus minor items (skip). The Trellis follow-up adds real news. The explainer on the quantum side is "
    "dated 22:40 -05:00 on Sunday 18 Oct, which is Monday 19 Oct 03:40 UTC, so it belongs to this week. "
    "Energy's only substantial money is a 2024 incentive scheme in rupee crore."
)

REPORTS = [
    # ------------------------------------------------------------------ unfiled
    Report(
        key="w43-crewless-ferry-approval",
        feed="rss", post_id=47305, slug="norway-clears-first-crewless-ferry-route",
        published="2026-10-19T07:15:00+00:00",
        author="Sigrid Halvorsen",
        title="Norway clears the first crewless passenger ferry route for regular service",
        tags=[],
        fields=[], kind="approval", weight="notable",
        notes="No tags at all, so unfiled, although it is a first-of-its-kind approval.",
        markup="h3", box="div", comments="h2",
        key_findings=[
            "Norway's maritime authority has approved regular passenger service for an uncrewed electric "
            "ferry on a 1.2-kilometre crossing in Trondheim harbour. It is the first approval anywhere for a "
            "crewless ferry carrying fare-paying passengers on a timetable. Service starts in December, with a "
            "remote operator watching from a shore centre.",
        ],
        details=[
            "Vessel: a 12-metre catamaran carrying up to 24 passengers and bicycles.",
            "Conditions: operations stop in winds above 15 metres per second or in poor visibility.",
            "Oversight: one shore operator may supervise at most two vessels.",
        ],
        background=(
            "Autonomous ferry trials have run in Scandinavia since 2022, always with a safety crew aboard. "
            "Regulators have been cautious because collision rules assume a human lookout. The operator "
            "logged more than 3,000 supervised crossings before applying."
        ),
        outlook=(
            "The approval is narrow but sets a template for other short urban crossings. Insurers and unions "
            "will watch the first winter closely. Two more Norwegian cities have said they may apply."
        ),
        source="https://www.maritimenorth.example/2026/10/19/crewless-ferry-approval",
    ),
    Report(
        key="w43-quayside-series-b",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0402",
        link="https://briefs.lindqvist-research.example/2026/10/quayside-series-b",
        published="2026-10-21T11:30:00+02:00",
        author="Henrik Aalto",
        title="Payments firm Quayside clinches $210 million Series B for business-to-business invoicing",
        tags=["Fintech", "Payments"],
        fields=[], kind="funding-round", weight="notable",
        headline=Amt("USD", 210_000_000, "$210 million"),
        notes="Unfiled: fintech and payments match no field.",
        atom_markup="h4",
        key_findings=[
            "Quayside, an Amsterdam start-up that automates supplier invoices for mid-sized companies, has "
            "clinched a $210 million Series B. It will expand to Spain and Italy next year.",
        ],
        details=["Lead investor: a US growth fund; existing investors joined."],
        outlook="A sizeable round for European fintech, which has raised less than in previous years.",
        source="https://briefs.lindqvist-research.example/fintech/quayside",
    ),
    # ------------------------------------------------------------------ quantum
    Report(
        key="w43-sakuragawa-qubitra",
        feed="rss", post_id=47311, slug="sakuragawa-majority-stake-qubitra",
        published="2026-10-20T03:00:00+00:00",
        author="Kenji Morimoto",
        title="Sakuragawa takes a majority stake in Qubitra for JPY 400 billion",
        tags=["Quantum", "Qubits", "M&A"],
        fields=["quantum"], kind="deal", weight="major",
        headline=Amt("JPY", 400_000_000_000, "JPY 400 billion"),
        incidental=[Amt("USD", 1_900_000_000, "US$ 1.9 billion", "valuation")],
        notes="No Key Findings heading: the body opens straight into the news paragraph. About $2.7 billion.",
        kf_heading="",
        markup="h2", box="div", comments="h2",
        details_heading="Deal Terms",
        key_findings=[
            "The Osaka industrial group Sakuragawa has bought 62% of Qubitra, a superconducting-qubit "
            "start-up based in Tsukuba, for JPY 400 billion. The deal was signed on Monday and closes "
            "immediately, as no competition filing was required. Qubitra's founders keep their shares and "
            "their seats on the board.",
            "It is the largest acquisition of a quantum-computing company to date.",
        ],
        details=[
            "Stake: 62%, bought partly from existing investors and partly through new shares.",
            "Plan: Sakuragawa will build a dedicated cryogenics and chip-packaging plant in Tsukuba.",
            "Customers: Qubitra keeps its cloud access agreements with two Japanese banks.",
            "Governance: Sakuragawa appoints the chair; the chief executive stays.",
        ],
        background=(
            "Qubitra was valued at US$ 1.9 billion in a 2025 round. It has built 256-qubit processors with "
            "some of the lowest error rates reported for superconducting chips. Japan's government has made "
            "domestic quantum hardware a strategic priority. Sakuragawa makes industrial refrigeration and "
            "precision motors, which overlap with quantum cryogenics."
        ),
        outlook=(
            "The deal gives Qubitra a manufacturing owner with deep pockets and patience. Rival start-ups may "
            "look for similar industrial buyers rather than further venture rounds. Sakuragawa says a "
            "1,000-qubit system would be the next target, without giving a date."
        ),
        source="https://www.nikkeiwire.example/2026/10/20/sakuragawa-qubitra",
    ),
    Report(
        key="w43-brightline-fidelity-record",
        feed="rss", post_id=47322, slug="brightline-ions-certified-two-qubit-fidelity-record",
        published="2026-10-21T13:05:00+00:00",
        author="Ines Carvalho",
        title="PTB confirms Brightline Ions' 99.97% two-qubit gate, the highest fidelity measured on any platform",
        tags=["Quantum Computing", "Trapped Ions"],
        fields=["quantum"], kind="record", weight="major",
        incidental=[Amt("EUR", 95_000_000, "€95 million", "past-funding")],
        markup="strong", box="p", comments="h3",
        kf_bullets=True,
        details_heading="Technical Details",
        key_findings=[
            "Germany's national metrology institute, PTB, has independently confirmed a two-qubit gate "
            "fidelity of 99.97% on Brightline Ions' trapped-ion system.",
            "That beats the previous best verified figure on any platform, 99.94%, set in 2025.",
            "PTB ran its own randomized benchmarking on the hardware over three weeks.",
            "The result cuts the error rate per gate by half compared with the previous record.",
        ],
        details=[
            "Ions: calcium-40, with gates driven by a new low-noise laser system.",
            "Speed: each gate takes about 120 microseconds, slow compared with superconducting qubits.",
            "Scale: the measurement used a 12-ion chain, not a full processor.",
        ],
        background=(
            "Two-qubit gate errors are the main limit on how many operations a quantum computer can run before "
            "errors swamp the result. Independent verification of such claims is unusual, because most labs "
            "report their own numbers. Brightline, a spin-out from a Hannover university, raised €95 million in "
            "2024."
        ),
        outlook=(
            "A verified record of this kind matters because it lowers the overhead of error correction. Speed "
            "remains the weak point of trapped ions. Brightline plans to publish the full data set and says "
            "it will attempt a logical-qubit demonstration next year."
        ),
        source="https://www.ptb-news.example/2026/10/21/brightline-fidelity",
    ),
    Report(
        key="w43-logical-qubit-explainer",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0400",
        link="https://briefs.lindqvist-research.example/2026/10/explainer-logical-qubits",
        published="2026-10-18T22:40:00-05:00",
        author="Clara Dufour",
        title="Explainer: how to read a logical-qubit claim",
        tags=["Quantum Technology", "Explainers"],
        fields=["quantum"], kind="other", weight="minor",
        cue_traps=["record (in a hypothetical)", "breakthrough (generic)"],
        notes="Dated 22:40 -05:00 on Sunday 18 Oct, i.e. Monday 19 Oct 03:40 UTC: this week.",
        atom_markup="plain",
        key_findings=[
            "Not every announced logical qubit is the same thing. This explainer sets out the questions to ask: "
            "whether errors were corrected in real time, whether the logical error rate beats the physical one, "
            "and how many rounds of correction were run.",
        ],
        details=[
            "Tip: a claimed record means little unless the benchmark is the same as the previous holder's.",
            "Tip: 'breakthrough' in a press release is not evidence.",
        ],
        outlook="Background reading, with no new result.",
        source="https://briefs.lindqvist-research.example/explainers/logical-qubits",
    ),
    Report(
        key="w43-opinion-boring-milestones",
        feed="rss", post_id=47334, slug="opinion-case-for-boring-quantum-milestones",
        published="2026-10-23T08:45:00+00:00",
        author="Owen Maddox",
        title="Opinion: quantum computing needs more boring milestones",
        tags=["Quantum Computing", "Opinion"],
        fields=["quantum"], kind="opinion", weight="minor",
        wp_category="Opinion",
        incidental=[Amt("EUR", 38_000_000_000, "€38bn", "sector-total")],
        cue_traps=["First, (opening an argument)"],
        markup="plain", box="div", comments="p",
        key_findings=[
            "Governments have pledged about €38bn to quantum technology, and the column argues they should "
            "demand dull, measurable milestones in return. First, every funded machine should publish uptime "
            "and calibration data. Second, funders should pay for verified results rather than qubit counts.",
        ],
        details=[
            "Example: metrology institutes could verify claims, as happened this week with a fidelity result.",
            "Risk: flashy demonstrations can crowd out reliability engineering.",
            "Proposal: a shared public benchmark suite funded by several countries.",
        ],
        background=(
            "Public quantum programmes have multiplied since 2018. Few set out how success will be judged. "
            "Private investors have started asking the same questions."
        ),
        outlook=(
            "The column makes no news but captures a shift in how funders talk. Expect more programmes to tie "
            "payments to verified results. The author sits on an advisory board for a European programme."
        ),
        source="https://troy-technical.example/opinion/boring-quantum-milestones",
    ),
    # ------------------------------------------------------------------ AI
    Report(
        key="w43-merriton-vocalis",
        feed="rss", post_id=47314, slug="merriton-snaps-up-vocalis-speech-ai",
        published="2026-10-20T15:30:00+00:00",
        author="Rachel Imbert",
        title="Merriton snaps up speech-AI start-up Vocalis for $480 million in cash and stock",
        tags=["AI", "Speech", "M&A"],
        fields=["ai"], kind="deal", weight="notable",
        headline=Amt("USD", 480_000_000, "$480 million"),
        incidental=[Amt("USD", 65_000_000, "$65M", "past-funding")],
        markup="h3", box="div", comments="h3",
        key_findings=[
            "Merriton, the contact-centre software company, has agreed to buy Vocalis, a London start-up whose "
            "speech models handle phone calls in 30 languages, for $480 million in cash and stock. Vocalis's 90 "
            "staff will join Merriton's AI division. The deal is expected to close in December.",
        ],
        details=[
            "Technology: low-latency speech-to-speech models that can interrupt and be interrupted naturally.",
            "Customers: Vocalis serves 40 enterprises, mostly banks and airlines.",
            "Terms: about 60% cash; retention packages for the founders run four years.",
        ],
        background=(
            "Vocalis had raised $65M from venture investors since 2022. Contact-centre vendors are racing to add "
            "voice agents before customers build their own with general-purpose models. Merriton bought a "
            "transcription company last year."
        ),
        outlook=(
            "A mid-sized deal that brings speech models in-house for a large software vendor. Competitors are "
            "likely to look for similar targets. Customers will want to know whether Vocalis's models stay "
            "available outside Merriton's products."
        ),
        source="https://www.saaswire.example/2026/10/20/merriton-vocalis",
    ),
    Report(
        key="w43-sable-followup",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0404",
        link="https://briefs.lindqvist-research.example/2026/10/sable-round-open-questions",
        published="2026-10-21T09:00:00+00:00",
        author="Henrik Aalto",
        title="Sable Reasoning's $3.4B round, a week later: the questions still open",
        tags=["Large Language Models", "Funding"],
        fields=["ai"], kind="follow-up", weight="minor",
        follows_up="w42-sable-round", adds_news=False,
        incidental=[
            Amt("USD", 3_400_000_000, "$3.4B", "restated"),
            Amt("USD", 41_000_000_000, "$41 billion", "restated"),
        ],
        notes="Restates last week's round and valuation; says itself that nothing new has been disclosed.",
        atom_markup="h4",
        why_heading="Outlook",
        key_findings=[
            "A week after Sable Reasoning closed its $3.4B round at a $41 billion valuation, the company has "
            "disclosed nothing further. The names of the two sovereign funds and the terms of the Alberta "
            "lease remain private.",
        ],
        details=["Still unknown: whether any of the money comes as compute credits rather than cash."],
        outlook="No new facts; we will update if Sable files details with regulators.",
        source="https://briefs.lindqvist-research.example/ai/sable-open-questions",
    ),
    Report(
        key="w43-quillon-mini",
        feed="rss", post_id=47325, slug="harrow-labs-quillon-3-1-mini-on-device",
        published="2026-10-21T17:20:00+00:00",
        author="Tomasz Wiącek",
        title="Harrow Labs ships Quillon 3.1 Mini for phones and laptops",
        tags=["LLMs", "Edge AI"],
        fields=["ai"], kind="product-release", weight="minor",
        cue_traps=["model release (a point release, not a frontier model)"],
        markup="strong", box="p", comments="h2",
        key_findings=[
            "Harrow Labs has released Quillon 3.1 Mini, a 4-billion-parameter version of its model designed to "
            "run on phones and laptops. It is a point release of the Quillon 3 family announced in June. Harrow "
            "makes no claims of new frontier capability.",
        ],
        details=[
            "Licence: the same restricted commercial licence as Quillon 3.",
            "Performance: Harrow says it matches Quillon 3 Small on coding tasks at half the memory.",
            "Availability: downloadable now; a version for smart speakers is planned.",
        ],
        background=(
            "Small models for devices have become a competitive niche as phone makers add dedicated AI chips. "
            "Harrow released Quillon 3 in June. Several rivals shipped similar models this year."
        ),
        outlook=(
            "An incremental release. It matters mainly to developers already using Quillon. The balance between "
            "open and closed models is unchanged."
        ),
        source="https://www.harrowlabs.example/blog/quillon-3-1-mini",
    ),
    Report(
        key="w43-singapore-agent-sandbox",
        feed="rss", post_id=47337, slug="singapore-regulatory-sandbox-agentic-ai-banking",
        published="2026-10-23T02:30:00+00:00",
        author="Rachel Imbert",
        title="Singapore opens a regulatory sandbox for AI agents in banking",
        tags=["Artificial Intelligence", "Finance", "Policy"],
        fields=["ai"], kind="other", weight="minor",
        incidental=[Amt("SGD", 20_000_000, "S$20 million", "public-programme")],
        cue_traps=["regulatory sandbox (not a rule in force)", "regulators said"],
        markup="h2", box="div", comments="h2",
        key_findings=[
            "Singapore's financial regulator has opened a regulatory sandbox where banks can test AI agents "
            "that act on customers' behalf, such as moving money between accounts. Firms in the sandbox get "
            "relaxed reporting requirements for up to 18 months. Regulators said no new rules would be written "
            "until the sandbox reports.",
        ],
        details=[
            "Funding: S$20 million in grants for participating firms' testing costs.",
            "Limits: agents may move at most a set amount per day without a human confirmation.",
            "Applications: open until March.",
        ],
        background=(
            "Singapore has used sandboxes for fintech since 2016. AI agents raise new questions about "
            "liability when an automated action goes wrong. Banks have been reluctant to deploy them without "
            "regulatory cover."
        ),
        outlook=(
            "The sandbox is an experiment, not regulation. Its findings could shape rules in other financial "
            "centres. The first cohort will be named in the first half of next year."
        ),
        source="https://www.asiafinreg.example/2026/10/23/agentic-ai-sandbox",
    ),
    # ------------------------------------------------------------------ HPC
    Report(
        key="w43-kowloon-financing",
        feed="rss", post_id=47317, slug="kowloon-compute-hk5bn-financing-tsuen-wan",
        published="2026-10-20T10:10:00+00:00",
        author="Priya Nandakumar",
        title="Kowloon Compute secures financing of HK$5bn for its Tsuen Wan AI data centre",
        tags=["Data Centers", "Financing"],
        fields=["hpc"], kind="funding-round", weight="notable",
        headline=Amt("HKD", 5_000_000_000, "HK$5bn"),
        incidental=[Amt("HKD", 1_800_000_000, "HK$1.8bn", "past-funding")],
        notes="Debt financing for one campus (about US$640 million): notable, not major.",
        markup="h3", box="div", comments="h3",
        details_heading="Technical Details",
        key_findings=[
            "Kowloon Compute has secured HK$5bn in project financing from a group of five banks to build a "
            "60 MW data centre in Tsuen Wan. The site will host GPU clusters for research institutions and "
            "cloud customers. Construction starts next month, and the first hall is due to open in 2028.",
        ],
        details=[
            "Structure: a seven-year loan secured on the building and on long-term customer contracts.",
            "Cooling: direct liquid cooling for all GPU halls, with seawater heat rejection.",
            "Tenants: two universities have signed capacity agreements.",
        ],
        background=(
            "Hong Kong has little spare power and land, which has limited large data centres. Kowloon Compute "
            "raised HK$1.8bn in equity in 2025. Regional demand for AI training capacity has outstripped supply."
        ),
        outlook=(
            "The financing shows banks are willing to lend against AI data-centre contracts in the city. The "
            "risk is power: the utility has not yet confirmed the full 60 MW. A second site is under study."
        ),
        source="https://www.asiacompute.example/2026/10/20/kowloon-compute-financing",
    ),
    Report(
        key="w43-opinion-waste-heat",
        feed="rss", post_id=47340, slug="opinion-data-centre-waste-heat-unpriced",
        published="2026-10-24T09:30:00+00:00",
        author="Sigrid Halvorsen",
        title="Opinion: waste heat is the data-centre story nobody is pricing in",
        tags=["HPC", "Energy", "Opinion"],
        fields=["hpc", "energy"], kind="opinion", weight="minor",
        wp_category="Opinion",
        incidental=[Amt("GBP", 1_250_000_000, "£1.25bn", "public-programme")],
        notes="Cross-listed under HPC and energy.",
        markup="h2", box="p", comments="h2",
        key_findings=[
            "Supercomputers and AI data centres turn almost all their electricity into low-grade heat, and most "
            "of it is thrown away. The column argues that planners should require heat reuse as a condition of "
            "grid connection. Britain's £1.25bn heat-network fund is cited as an example of money that could "
            "be steered towards it.",
        ],
        details=[
            "Examples: Nordic sites that heat thousands of homes with server waste heat.",
            "Obstacle: heat networks need customers close to the data centre.",
            "Proposal: zoning that places new campuses next to district-heating systems.",
        ],
        background=(
            "District heating is common in Scandinavia and rare elsewhere. Data-centre heat is at a lower "
            "temperature than most networks use. Heat pumps can bridge the gap at a cost."
        ),
        outlook=(
            "An argument, not a project or a rule. The idea is gaining support among planners. Expect it to "
            "appear in consultations on data-centre siting."
        ),
        source="https://troy-technical.example/opinion/waste-heat",
    ),
    Report(
        key="w43-gpu-porting-webinar",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0406",
        link="https://briefs.lindqvist-research.example/2026/10/webinar-gpu-porting-cfd",
        published="2026-10-22T15:00:00+01:00",
        author="Henrik Aalto",
        title="Webinar: porting legacy CFD codes to GPUs without rewriting them",
        tags=["High-Performance Computing", "Events"],
        fields=["hpc"], kind="webinar-event", weight="minor",
        cue_traps=["first half (of 2027, a follow-on session)"],
        atom_markup="strong",
        key_findings=[
            "A free session on 12 November will show how two engineering firms moved Fortran fluid-dynamics "
            "codes to GPUs using directive-based offloading. A hands-on follow-up is planned for the first half "
            "of 2027.",
        ],
        details=["Audience: code owners at research centres and engineering companies."],
        outlook="Practical training; no news.",
        source="https://briefs.lindqvist-research.example/events/gpu-porting",
    ),
    # ------------------------------------------------------------------ semiconductors
    Report(
        key="w43-tokai-followup",
        feed="rss", post_id=47320, slug="marrowind-tokai-long-approval-process",
        published="2026-10-21T06:40:00+00:00",
        author="Kenji Morimoto",
        title="Marrowind–Tokai: the ¥2.6 trillion deal heads into a long approval process",
        tags=["Semiconductors", "M&A"],
        fields=["semiconductors"], kind="follow-up", weight="minor",
        follows_up="w42-marrowind-tokai", adds_news=False,
        incidental=[
            Amt("JPY", 2_600_000_000_000, "¥2.6 trillion", "restated"),
            Amt("JPY", 78_000_000_000, "¥78 billion", "restated"),
        ],
        cue_traps=["approval process (pending, not granted)"],
        notes="A rehash of last week's deal; it says itself that no filing has been made.",
        markup="strong", box="div", comments="h3",
        key_findings=[
            "A week after Tokai Lithographics agreed to a ¥2.6 trillion takeover by Marrowind Holdings, no "
            "regulatory filing has yet been made. The companies repeated that they expect approvals to take "
            "at least nine months. Nothing in the terms has changed.",
        ],
        details=[
            "Timetable: the tender offer is still expected to open in November.",
            "Break fee: unchanged at ¥78 billion.",
            "Reaction: Tokai's shares trade slightly below the offer price.",
        ],
        background=(
            "The deal was announced last week. It needs clearance in at least four jurisdictions. Analysts see "
            "China's review as the main risk."
        ),
        outlook=(
            "There is no new information in this update. The first real test will be the foreign-investment "
            "review in Tokyo. We will report when filings are made."
        ),
        source="https://www.nikkeiwire.example/2026/10/21/marrowind-tokai-approvals",
    ),
    Report(
        key="w43-equipment-forecast",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0408",
        link="https://briefs.lindqvist-research.example/2026/10/equipment-sales-forecast",
        published="2026-10-22T07:00:00+00:00",
        author="Clara Dufour",
        title="Chip-equipment sales could top $140 billion next year, trade group says",
        tags=["Chipmaking", "Market Research"],
        fields=["semiconductors"], kind="forecast", weight="minor",
        incidental=[Amt("USD", 140_000_000_000, "$140 billion", "forecast")],
        atom_markup="h4",
        key_findings=[
            "Global sales of chipmaking equipment could top $140 billion next year, an industry trade group "
            "forecasts, helped by AI-related spending on memory and packaging.",
        ],
        details=["Caveat: the group revised its forecasts down twice last year."],
        outlook="A forecast; no orders were announced.",
        source="https://briefs.lindqvist-research.example/semis/equipment-forecast",
    ),
    Report(
        key="w43-hsinchu-forum-recap",
        feed="rss", post_id=47343, slug="hsinchu-packaging-forum-notes",
        published="2026-10-24T13:15:00+00:00",
        author="Priya Nandakumar",
        title="Notes from the Hsinchu packaging forum: hybrid bonding, glass substrates and a crowded hall",
        tags=["Chips", "Packaging", "Events"],
        fields=["semiconductors"], kind="webinar-event", weight="minor",
        wp_category="Events",
        cue_traps=["record attendance (trivial)", "launch (of a working group)"],
        markup="h3", box="p", comments="p",
        kf_bullets=True,
        key_findings=[
            "Record attendance of about 4,000, according to the organisers",
            "Hybrid bonding yields were the main technical topic",
            "Glass-core substrates are still two years from volume, speakers said",
            "Three suppliers will launch a working group on panel standards",
        ],
        details=[
            "Bonding: pitches below 5 micrometres are in pilot production at two firms.",
            "Substrates: warpage remains the main problem for large glass panels.",
            "Standards: the working group will publish a first draft next year.",
        ],
        background=(
            "The forum is an annual meeting of packaging engineers and suppliers. It rarely hosts product "
            "announcements. This year's programme focused on AI accelerators."
        ),
        outlook=(
            "A snapshot of where packaging engineers think the industry is. No deals or products were "
            "announced. The panel-standards group is worth following."
        ),
        source="https://troy-technical.example/events/hsinchu-packaging-2026",
    ),
    # ------------------------------------------------------------------ biotech
    Report(
        key="w43-kisaragi-heart-patch-approval",
        feed="rss", post_id=47328, slug="japan-approves-kisaragi-ips-heart-patch",
        published="2026-10-22T05:50:00+00:00",
        author="Nadia Rahimi",
        title="Japan approves Kisaragi's iPS-cell heart patch, the first stem-cell-derived therapy for heart failure",
        tags=["Biotechnology", "Cell Therapy"],
        fields=["biotech"], kind="approval", weight="major",
        incidental=[
            Amt("JPY", 14_900_000, "¥14.9 million", "price"),
            Amt("USD", 260_000_000, "$260 million", "past-funding"),
        ],
        markup="h2", box="div", comments="h2",
        details_heading="Clinical Details",
        key_findings=[
            "Japan's health ministry has granted full approval to Kisaragi Therapeutics' HP-01, sheets of heart "
            "muscle grown from induced pluripotent stem cells that are grafted onto damaged hearts. It is the "
            "first therapy derived from iPS cells to be approved for heart failure anywhere. The decision "
            "follows a 180-patient trial in which treated patients walked further and were admitted to hospital "
            "less often.",
        ],
        details=[
            "Indication: severe ischaemic heart failure in patients who are not candidates for a transplant.",
            "Trial: six-minute walking distance improved by 41 metres on average compared with standard care.",
            "Price: the list price will be ¥14.9 million per patient, subject to national insurance "
            "negotiation.",
            "Safety: no tumours were seen during two years of follow-up.",
        ],
        background=(
            "Japan pioneered iPS-cell research and created a fast-track pathway for regenerative medicine in "
            "2014. Products approved under that pathway so far had conditional, time-limited approval. HP-01 is "
            "the first to receive full approval based on a randomised trial. Kisaragi has raised $260 million "
            "since its founding."
        ),
        outlook=(
            "The approval is a milestone for the whole iPS field, which has waited two decades for proof of "
            "benefit. Regulators in Europe and the United States will look closely at the trial data. Kisaragi "
            "plans to file in South Korea next year and is expected to seek a partner for Western trials."
        ),
        source="https://www.regenmedjapan.example/2026/10/22/kisaragi-hp-01-approval",
    ),
    Report(
        key="w43-vireo-series-a",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0410",
        link="https://briefs.lindqvist-research.example/2026/10/vireo-series-a",
        published="2026-10-22T18:00:00+02:00",
        author="Nadia Rahimi",
        title="Vireo Bio closes a $26M Series A for RNA-editing therapies",
        tags=["Gene Editing", "Startups"],
        fields=["biotech"], kind="funding-round", weight="minor",
        headline=Amt("USD", 26_000_000, "$26M"),
        atom_markup="plain",
        key_findings=[
            "Vireo Bio, a Boston start-up, has closed a $26M Series A to take its first RNA-editing drug, for a "
            "rare liver disease, into clinical trials in 2028.",
        ],
        details=["Lead investor: a life-sciences fund based in Boston."],
        outlook="A modest early round in a busy area.",
        source="https://briefs.lindqvist-research.example/biotech/vireo",
    ),
    Report(
        key="w43-opinion-approval-finish-line",
        feed="rss", post_id=47346, slug="opinion-approval-is-not-the-finish-line",
        published="2026-10-25T11:00:00+00:00",
        author="Owen Maddox",
        title="Opinion: for cell therapies, approval is not the finish line",
        tags=["Biotech", "Opinion"],
        fields=["biotech"], kind="opinion", weight="minor",
        wp_category="Opinion",
        incidental=[Amt("USD", 2_000_000_000, "$2 billion", "sector-total")],
        cue_traps=["approval (discussed in general)", "First, (opening an argument)"],
        markup="strong", box="div", comments="h2",
        key_findings=[
            "Approvals get the headlines, but most cell therapies struggle afterwards with manufacturing and "
            "reimbursement. First, production costs stay high because each batch is made almost by hand. "
            "Second, insurers are slow to pay for one-off treatments. The column estimates that approved cell "
            "therapies have lost more than $2 billion on manufacturing since 2020.",
        ],
        details=[
            "Manufacturing: automation could cut costs, but few companies have invested in it.",
            "Payment: outcomes-based contracts are rare outside a few countries.",
            "Lesson: developers should plan for production before pivotal trials.",
        ],
        background=(
            "Several cell therapies approved in the past decade have been withdrawn for commercial reasons. "
            "This week's heart-patch approval in Japan revived the debate. The author previously worked in "
            "biotech manufacturing."
        ),
        outlook=(
            "The column adds no news. Its argument will matter as more cell therapies reach market. Watch for "
            "how the new Japanese therapy is priced and reimbursed."
        ),
        source="https://troy-technical.example/opinion/cell-therapy-after-approval",
    ),
    # ------------------------------------------------------------------ energy
    Report(
        key="w43-india-battery-incentive-explainer",
        feed="rss", post_id=47331, slug="explainer-india-battery-incentive-two-years-on",
        published="2026-10-22T10:40:00+00:00",
        author="Sigrid Halvorsen",
        title="Explainer: India's battery-cell incentive, two years on",
        tags=["Batteries", "Explainers"],
        fields=["energy"], kind="other", weight="minor",
        wp_category="Explainers",
        incidental=[
            Amt("INR", 120_000_000_000, "₹12,000 crore", "public-programme"),
            Amt("USD", 1_400_000_000, "US$ 1.4 billion", "comparison"),
        ],
        notes="Body only in <description>, no content:encoded. Old programme money in rupee crore.",
        markup="desc-only", box="p", comments="none",
        key_findings=[
            "India's production-linked incentive for battery cells, worth ₹12,000 crore (about US$ 1.4 billion) "
            "when it was set up in 2024, has so far paid out very little. Only one of the four winning bidders "
            "has started cell production. The government has extended deadlines twice.",
        ],
        details=[
            "Design: payments per kilowatt-hour produced, with local-content requirements.",
            "Progress: about 5 GWh of capacity is running, against a target of 50 GWh.",
            "Obstacles: equipment imports, skills and access to cathode materials.",
        ],
        background=(
            "India imports most of the battery cells used in its electric two-wheelers and grid storage. The "
            "incentive scheme was meant to change that. Similar schemes for solar modules have worked better."
        ),
        outlook=(
            "No new money or rule was announced this week. The scheme's deadlines fall in 2027. A redesign is "
            "under discussion."
        ),
        source="https://troy-technical.example/explainers/india-battery-incentive",
    ),
    Report(
        key="w43-coriolis-culham-office",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0412",
        link="https://briefs.lindqvist-research.example/2026/10/coriolis-fusion-culham",
        published="2026-10-23T12:00:00+01:00",
        author="Henrik Aalto",
        title="Coriolis Fusion opens a Culham office and hires a former tokamak operations chief",
        tags=["Fusion", "Careers"],
        fields=["energy"], kind="hiring", weight="minor",
        incidental=[Amt("USD", 640_000_000, "$640 million", "past-funding")],
        atom_markup="h4",
        key_findings=[
            "Coriolis Fusion has opened an engineering office near Culham, Oxfordshire, and hired Dr Graham "
            "Pell, who ran operations at a large research tokamak, to lead it.",
        ],
        details=["Staff: 30 engineers by the end of 2027."],
        background="Coriolis has raised $640 million since 2020 for its stellarator design.",
        outlook="An office opening; the money mentioned is earlier funding.",
        source="https://briefs.lindqvist-research.example/energy/coriolis-culham",
    ),
    Report(
        key="w43-storage-investment-forecast",
        feed="rss", post_id=47349, slug="grid-storage-investment-forecast-2030",
        published="2026-10-25T23:50:00+00:00",
        author="Sigrid Halvorsen",
        title="Grid-storage investment is projected to reach $210 billion a year by 2030",
        tags=["Energy", "Storage", "Market Research"],
        fields=["energy"], kind="forecast", weight="minor",
        incidental=[
            Amt("USD", 210_000_000_000, "$210 billion", "forecast"),
            Amt("USD", 72_000_000_000, "$72 billion", "sector-total"),
        ],
        cue_traps=["a record year (in a forecast)"],
        notes="Published ten minutes before the week ends.",
        markup="h2", box="div", comments="h3",
        key_findings=[
            "Annual investment in grid-scale batteries and other storage is projected to reach $210 billion by "
            "2030, according to an energy research firm's outlook. It estimates this year's spending at $72 "
            "billion, which would make 2026 a record year. China and the United States account for two-thirds "
            "of the total.",
        ],
        details=[
            "Technologies: lithium iron phosphate dominates; sodium-ion gains share after 2028.",
            "Drivers: solar growth and capacity markets that pay for evening supply.",
            "Risks: trade tariffs and grid-connection delays.",
        ],
        background=(
            "Storage has been the fastest-growing part of power-sector investment for three years. Prices for "
            "battery packs have fallen sharply. Forecasts have repeatedly been revised up."
        ),
        outlook=(
            "The figures are projections, not commitments. They broadly match other outlooks. The main "
            "uncertainty is policy in the United States."
        ),
        source="https://www.powerresearch.example/storage-outlook-2030",
    ),
    # ------------------------------------------------------------------ space
    Report(
        key="w43-tern-reaches-orbit",
        feed="rss", post_id=47323, slug="halcyon-tern-reaches-orbit-first-attempt",
        published="2026-10-21T21:35:00+00:00",
        author="Lars Brekke",
        title="Halcyon's Tern rocket makes orbit at the first time of asking",
        tags=["Spaceflight", "Launch Vehicles"],
        fields=["space"], kind="launch", weight="major",
        incidental=[Amt("EUR", 480_000_000, "€480 million", "system-cost")],
        notes="A maiden orbital flight; the title never says 'maiden' or 'launch'.",
        markup="h3", box="div", comments="h2",
        details_heading="Flight Details",
        key_findings=[
            "Halcyon Launch's Tern rocket reached orbit on its first flight on Wednesday, lifting off from "
            "Andøya in northern Norway. The second stage placed three small satellites into a 540-kilometre "
            "polar orbit, and all three have made contact with their operators. It is the first orbital launch "
            "from continental European soil.",
        ],
        details=[
            "Vehicle: a two-stage rocket burning bio-propane and liquid oxygen, able to carry 900 kg to low "
            "orbit.",
            "Flight: stage separation came at 2 minutes 40 seconds; orbit was reached after 9 minutes.",
            "Recovery: no attempt was made to recover the first stage on this flight.",
        ],
        background=(
            "European small-launch companies have been trying to reach orbit since the early 2020s, with "
            "several failed attempts. Halcyon's development programme has cost about €480 million, funded "
            "by investors and national agencies. A working domestic launcher has become a priority for European "
            "governments."
        ),
        outlook=(
            "Reaching orbit on the first attempt is rare and gives Halcyon a head start over rivals. The next "
            "flight is planned for the first quarter of 2027. European agencies are expected to move "
            "institutional payloads to Tern if the second flight succeeds."
        ),
        source="https://www.orbitalpost.example/2026/10/21/halcyon-tern-orbit",
    ),
    Report(
        key="w43-dsta-radar-satellites",
        feed="rss", post_id=47338, slug="singapore-s1-2-billion-radar-satellite-contract",
        published="2026-10-23T06:00:00+00:00",
        author="Lars Brekke",
        title="Singapore inks an S$1.2 billion radar-satellite contract with Meridian Orbital",
        tags=["Satellites", "Defence"],
        fields=["space"], kind="deal", weight="notable",
        headline=Amt("SGD", 1_200_000_000, "S$1.2 billion"),
        notes="About US$900 million: notable, behind the maiden flight.",
        markup="plain", box="div", comments="h2",
        key_findings=[
            "Singapore's Defence Science and Technology Agency has signed an S$1.2 billion contract with "
            "Meridian Orbital for a constellation of eight radar imaging satellites. The satellites will be "
            "built in Singapore and launched from 2028. The contract includes ten years of operations.",
        ],
        details=[
            "Imaging: synthetic-aperture radar with half-metre resolution, working through cloud and at night.",
            "Industry: at least 40% of the work must be done by local companies.",
            "Ground segment: a new operations centre at an existing air base.",
        ],
        background=(
            "Singapore has operated a small number of research satellites but relied on foreign providers for "
            "most imagery. Radar satellites are valuable in the tropics because of persistent cloud cover. "
            "Meridian Orbital is a joint venture of a local engineering group and a European satellite maker."
        ),
        outlook=(
            "A sizeable national contract that builds a domestic satellite industry. Neighbouring countries "
            "may follow with their own programmes. The first launch is expected in 2028."
        ),
        source="https://www.defenceasia.example/2026/10/23/dsta-radar-satellites",
    ),
    Report(
        key="w43-launch-range-panel",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0414",
        link="https://briefs.lindqvist-research.example/2026/10/launch-range-panel",
        published="2026-10-24T16:30:00+02:00",
        author="Lars Brekke",
        title="Recap: can Europe's launch ranges keep up?",
        tags=["Space", "Events"],
        fields=["space"], kind="webinar-event", weight="minor",
        cue_traps=["launch (in a panel topic)"],
        atom_markup="strong",
        key_findings=[
            "Panellists at Friday's online discussion agreed that range scheduling, not rockets, could become "
            "the bottleneck for European launch in 2027. No announcements were made.",
        ],
        details=["Speakers: operators of three ranges and a satellite company."],
        outlook="A discussion recap; see this week's report on the Tern flight for the news.",
        source="https://briefs.lindqvist-research.example/events/launch-ranges",
    ),
    # ------------------------------------------------------------------ cybersecurity
    Report(
        key="w43-trellis-followup",
        feed="rss", post_id=47319, slug="trellis-mdm-patch-servers-still-exposed",
        published="2026-10-20T19:45:00+00:00",
        author="Aiko Brandvold",
        title="Trellis ships its MDM patch, but 1,900 servers are still exposed and CISA sets a deadline",
        tags=["Security", "Vulnerabilities"],
        fields=["cybersecurity"], kind="follow-up", weight="notable",
        follows_up="w42-trellis-mdm-exploited", adds_news=True,
        notes="Adds real news: the patch, the exposure count, a federal deadline and new intrusion figures.",
        markup="h2", box="div", comments="h2",
        key_findings=[
            "Trellis released the patch for CVE-2026-41877 on Tuesday, a week after attacks on its MDM servers "
            "were first reported. Scans show about 1,900 servers still unpatched and reachable from the "
            "internet. CISA has ordered federal agencies to patch by 3 November, and researchers now link the "
            "flaw to at least 14 intrusions.",
        ],
        details=[
            "Patch: versions 11.4.7 and 12.0.3 close the flaw; the workaround is no longer needed after "
            "patching.",
            "Forensics: Trellis published indicators of compromise, including a web shell left on some servers.",
            "Victims: hospitals in two countries have confirmed breaches.",
        ],
        background=(
            "Last week, attackers began exploiting the flaw before a fix existed. Trellis offered a firewall "
            "workaround in the meantime. Device-management servers can push software to every managed device."
        ),
        outlook=(
            "Patching is only the first step, because servers compromised earlier may still contain backdoors. "
            "Organisations should check for the published indicators. Further disclosures from victims are "
            "likely."
        ),
        source="https://www.securitydesk.example/2026/10/20/trellis-patch-exposure",
    ),
    Report(
        key="w43-etsi-draft-iot-standard",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0416",
        link="https://briefs.lindqvist-research.example/2026/10/etsi-draft-iot-update-standard",
        published="2026-10-22T09:00:00+02:00",
        author="Aiko Brandvold",
        title="ETSI opens comments on a draft standard for secure IoT firmware updates",
        tags=["Cybersecurity", "Standards"],
        fields=["cybersecurity"], kind="other", weight="notable",
        cue_traps=["standard (a draft, not yet approved)"],
        atom_markup="h4",
        summary="A draft, not an adopted standard; comments close in January.",
        why_heading="What it means",
        key_findings=[
            "ETSI has published a draft standard setting out how connected devices should verify and install "
            "firmware updates. The text is not yet approved; comments are open until 15 January.",
        ],
        details=[
            "Requirements: signed updates, rollback protection and a published support period.",
            "Link: the draft is expected to support compliance with EU product-security law.",
        ],
        outlook="Manufacturers should review it now; the final version could become the reference for audits.",
        source="https://briefs.lindqvist-research.example/cyber/etsi-iot-updates",
    ),
    Report(
        key="w43-ransom-payments-report",
        feed="rss", post_id=47344, slug="ransomware-payments-fall-q3-insurer-report",
        published="2026-10-24T07:30:00+00:00",
        author="Aiko Brandvold",
        title="Fewer ransomware victims are paying, an insurer's quarterly report finds",
        tags=["Ransomware", "Reports"],
        fields=["cybersecurity"], kind="forecast", weight="minor",
        incidental=[
            Amt("USD", 1_900_000, "$1.9 million", "ransom-demand"),
            Amt("USD", 310_000, "$310,000", "ransom-demand"),
        ],
        cue_traps=["first half (of the year, a period)"],
        markup="h3", box="p", comments="p",
        key_findings=[
            "Only 23% of ransomware victims among an insurer's clients paid a ransom in the third quarter, down "
            "from 31% in the first half of the year. The median demand was $1.9 million, and the median "
            "payment $310,000. Manufacturing was the most targeted sector.",
        ],
        details=[
            "Sample: about 900 claims from clients in Europe and North America.",
            "Backups: victims with tested offline backups almost never paid.",
            "Trend: data-theft extortion without encryption is rising.",
        ],
        background=(
            "Insurers publish such statistics regularly, and their samples differ. Payment rates have been "
            "falling for several years. Law-enforcement takedowns have disrupted some large groups."
        ),
        outlook=(
            "The report is a survey of claims, not an incident. It supports the view that backups and "
            "refusals are reducing attackers' income. Expect attackers to lean further on data theft."
        ),
        source="https://www.insurerinsights.example/ransomware-q3-2026",
    ),
]

FIELDS = {
    "quantum": FieldWeek(
        verdict="must-read",
        reason="Must read: Sakuragawa bought 62% of Qubitra for JPY 400 billion, the largest quantum "
               "acquisition yet; PTB also certified Brightline's 99.97% two-qubit gate.",
        top3=["w43-sakuragawa-qubitra", "w43-brightline-fidelity-record"], top3_order="set",
        must_not_lead=["w43-opinion-boring-milestones", "w43-logical-qubit-explainer"],
        notes="Two majors and no single clear lead; either may come first, both must be in the top 3, so no "
              "reason_amount is set (a reason led by the Brightline record cites no money). The Sakuragawa "
              "report has no Key Findings heading; the US$ 1.9 billion in it is Qubitra's 2025 valuation.",
    ),
    "ai": FieldWeek(
        verdict="worth-a-skim",
        reason="Worth a skim: Merriton is buying speech-AI start-up Vocalis for $480 million in cash and stock.",
        top1="w43-merriton-vocalis",
        top3=["w43-merriton-vocalis"], top3_order="first-only",
        must_not_lead=["w43-sable-followup"],
        reason_amount=Amt("USD", 480_000_000, "$480 million"),
        notes="The Sable follow-up restates last week's $3.4B and adds nothing.",
    ),
    "hpc": FieldWeek(
        verdict="worth-a-skim",
        reason="Worth a skim: Kowloon Compute secured HK$5bn of bank financing for a 60 MW AI data centre in "
               "Tsuen Wan.",
        top1="w43-kowloon-financing",
        top3=["w43-kowloon-financing"], top3_order="first-only",
        reason_amount=Amt("HKD", 5_000_000_000, "HK$5bn"),
    ),
    "semiconductors": FieldWeek(
        verdict="skip",
        reason="Skip: only a no-news update on last week's Tokai buyout, an equipment-sales forecast and a "
               "packaging-forum recap.",
        must_not_lead=["w43-equipment-forecast"],
        notes="The ¥2.6 trillion is last week's deal, restated.",
    ),
    "biotech": FieldWeek(
        verdict="must-read",
        reason="Must read: Japan fully approved Kisaragi's HP-01, the first iPS-cell-derived therapy for heart "
               "failure.",
        top1="w43-kisaragi-heart-patch-approval",
        top3=["w43-kisaragi-heart-patch-approval"], top3_order="first-only",
        must_not_lead=["w43-opinion-approval-finish-line"],
        notes="No headline amount: the ¥14.9 million list price and $260 million raised are incidental.",
    ),
    "energy": FieldWeek(
        verdict="skip",
        reason="Skip: a storage-investment forecast, an explainer on India's 2024 battery incentive, a fusion "
               "office opening and a waste-heat column.",
        must_not_lead=["w43-storage-investment-forecast", "w43-india-battery-incentive-explainer"],
        notes="₹12,000 crore is a 2024 programme; $210 billion is a 2030 projection.",
    ),
    "space": FieldWeek(
        verdict="must-read",
        reason="Must read: Halcyon's Tern reached orbit on its first flight from Andøya, the first orbital "
               "launch from continental Europe.",
        top1="w43-tern-reaches-orbit",
        top3=["w43-tern-reaches-orbit", "w43-dsta-radar-satellites"], top3_order="strict",
        notes="The €480 million is the development cost; the S$1.2 billion contract is notable and second.",
    ),
    "cybersecurity": FieldWeek(
        verdict="worth-a-skim",
        reason="Worth a skim: Trellis patched the exploited MDM flaw but 1,900 servers remain exposed; ETSI "
               "opened comments on a draft IoT update standard.",
        top3=["w43-trellis-followup", "w43-etsi-draft-iot-standard"], top3_order="set",
        must_not_lead=["w43-ransom-payments-report"],
        notes="Two notables with no clear lead. The ransomware report's $1.9 million is a median demand.",
    ),
}
