"""2026-W30 (Mon 20 Jul - Sun 26 Jul 2026): reports, and the editor's judgement per field.

House style: a science-news desk mixed with terse corporate briefs. Everything is invented; public
bodies (FDA, IETF, the Dutch government, the UK's National Energy System Operator) are real names used
in invented stories. Every figure is invented for this set.
"""

from model import Amt, FieldWeek, Report

WEEK = "2026-W30"

NOTES = (
    "AI has one major report (Halcyra's €4.2bn purchase of Nordmere) among minor items, one of them a "
    "results brief with €1.3bn of revenue in its title. Biotech's best items are an advisory-committee "
    "vote (not an approval) and a phase 3 trial that missed its main goal. Quantum is led by a failed "
    "replication. Cybersecurity is led by a finalised standard. Energy's grid 'record' is a routine "
    "summer statistic. The inference survey is filed under AI and HPC."
)

P = "https://briefs.lindqvist-research.example/2026/07/"

REPORTS = [
    # ------------------------------------------------------------------ AI: the one major report
    Report(
        key="w30-halcyra-nordmere",
        feed="rss", post_id=51201, slug="halcyra-to-buy-nordmere-for-4-2bn",
        published="2026-07-20T07:30:00+00:00",
        author="Imogen Clarke",
        title="Halcyra agrees to buy speech-model developer Nordmere for €4.2bn",
        tags=["Artificial Intelligence", "M&A", "Speech"],
        fields=["ai"], kind="deal", weight="major",
        headline=Amt("EUR", 4_200_000_000, "€4.2bn"),
        incidental=[
            Amt("EUR", 3_500_000_000, "€3.5bn", "deal-component"),
            Amt("EUR", 700_000_000, "€700m", "deal-component"),
            Amt("EUR", 1_100_000_000, "€1.1bn", "valuation"),
            Amt("EUR", 240_000_000, "€240m", "past-funding"),
        ],
        cue_traps=["subject to approval by competition authorities (pending, not an approval)"],
        notes="The €3.5bn cash and €700m earn-out are components of the €4.2bn; the €1.1bn is Nordmere's "
              "2025 valuation.",
        markup="h2", box="div", comments="h2", kf_heading="The deal",
        key_findings=[
            "Halcyra, the Frankfurt enterprise-software group, has agreed to buy Nordmere, an Oslo developer "
            "of speech and translation models, for €4.2bn. The price is made up of €3.5bn in cash and an "
            "earn-out of up to €700m tied to revenue targets in 2027 and 2028. It is the largest acquisition "
            "of a European AI developer to date.",
        ],
        details_heading="Terms",
        details=[
            "Structure: cash from Halcyra's balance sheet and a new bond issue; no shares are issued.",
            "People: Nordmere's 310 staff, including its 90-strong research team, move to Halcyra; the "
            "founders sign four-year retention agreements.",
            "Timing: completion expected in the first quarter of 2027, subject to approval by competition "
            "authorities in the EU and Norway.",
            "Models: Nordmere's open-weights speech models stay under their current licence until at least "
            "the end of 2027.",
        ],
        background=(
            "Nordmere was valued at €1.1bn when it raised €240m in 2025, so the price is nearly four times "
            "its last private mark. Its models handle 48 languages and are used in call-centre and "
            "broadcast subtitling software. Halcyra has been building AI assistants into its finance and "
            "procurement products and had licensed Nordmere's models since 2024."
        ),
        outlook=(
            "The deal takes one of Europe's few independent model developers off the market and sets a price "
            "benchmark for the rest. Rivals that rely on Nordmere's models will watch the licence promise "
            "closely. Competition authorities are likely to ask about access for other software vendors. "
            "Expect other software groups to look for AI developers of their own."
        ),
        source="https://www.marketwire-europe.example/2026/07/20/halcyra-nordmere",
    ),
    Report(
        key="w30-halcyra-nordmere-synd",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0730",
        link="https://troy-technical.example/2026/07/20/halcyra-to-buy-nordmere-for-4-2bn/"
             "?utm_source=lindqvist&utm_medium=partner&utm_campaign=briefs-w30",
        published="2026-07-20T11:00:00+02:00",
        author="Imogen Clarke",
        title="Halcyra agrees to buy speech-model developer Nordmere for €4.2bn",
        tags=["Artificial Intelligence", "M&A"],
        fields=["ai"], kind="deal", weight="major",
        headline=Amt("EUR", 4_200_000_000, "€4.2bn"),
        syndicates="w30-halcyra-nordmere",
        key_findings=[
            "Halcyra has agreed to buy Oslo speech-model developer Nordmere for €4.2bn, in cash plus an "
            "earn-out. It is the largest acquisition of a European AI developer to date.",
        ],
        outlook="A price benchmark for Europe's remaining independent model developers.",
    ),
    # ------------------------------------------------------------------ AI: results brief, revenue in title
    Report(
        key="w30-tessaline-results",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0731",
        link=P + "tessaline-first-half-results",
        published="2026-07-22T08:00:00+02:00",
        author="Henrik Aalto",
        title="Tessaline's first-half revenue rises 38% to €1.3bn on AI assistant sales",
        tags=["AI", "Earnings"],
        fields=["ai"], kind="other", weight="minor",
        incidental=[
            Amt("EUR", 1_300_000_000, "€1.3bn", "revenue"),
            Amt("EUR", 210_000_000, "€210m", "revenue"),
        ],
        notes="A results brief: the €1.3bn is six months of revenue, not a deal or a round. New trap: "
              "earnings figures in a title.",
        atom_markup="strong", why_heading="What's next",
        key_findings=[
            "Tessaline, the Dutch customer-service software company, reported first-half revenue of "
            "€1.3bn, up 38% on a year earlier. Its AI assistant product line contributed €210m.",
            "It kept its full-year guidance unchanged.",
        ],
        details=[
            "Margin: operating margin rose to 17% from 14%.",
            "Customers: about 2,300 companies now pay for the assistant, up from 900 a year ago.",
        ],
        outlook="Routine results; the assistant line is growing but is still a small share of sales. "
                "Third-quarter figures are due in October.",
        source="https://www.marketwire-europe.example/2026/07/22/tessaline-h1",
    ),
    # ------------------------------------------------------------------ AI + HPC: survey
    Report(
        key="w30-inference-survey",
        feed="rss", post_id=51202, slug="survey-inference-data-centre-operators",
        published="2026-07-21T09:15:00+00:00",
        author="Dev Raman",
        title="Survey: six in ten data-centre operators expect AI inference to need liquid cooling by 2029",
        tags=["Machine learning", "Data centers", "Surveys"],
        fields=["ai", "hpc"], kind="forecast", weight="minor",
        incidental=[Amt("USD", 190_000_000_000, "$190bn", "forecast")],
        cue_traps=["record (as in 'on the record')"],
        notes="A survey with a spending projection; minor in both fields.",
        markup="h3", box="p", comments="p", kf_heading="What they found",
        key_findings=[
            "A survey of 410 data-centre operators by consultancy Brightwater Analytics found that 61% "
            "expect most new AI inference capacity to need liquid cooling by 2029. Only 18% said their "
            "current sites could take racks above 60 kW. Brightwater projects that annual spending on "
            "inference infrastructure could reach $190bn by 2029.",
        ],
        details_heading="Method",
        details=[
            "Sample: 410 operators in 22 countries, interviewed in May and June 2026.",
            "Question wording: respondents chose among four rack-density bands.",
            "Caveat: colocation providers made up more than half the sample.",
        ],
        background=(
            "Training clusters moved to liquid cooling first because their racks are densest. Inference has "
            "mostly run on air-cooled servers so far. Several operators told the survey team, on the record, "
            "that they are redesigning halls that are still under construction."
        ),
        outlook=(
            "The survey confirms a trend rather than revealing a new one. The spending figure is a "
            "projection and should be read as such. Cooling suppliers will quote it anyway."
        ),
        source="https://www.brightwater-analytics.example/reports/inference-cooling-2026",
    ),
    # ------------------------------------------------------------------ AI: hire
    Report(
        key="w30-mirelle-safety-chief",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0732",
        link=P + "mirelle-chief-safety-officer",
        published="2026-07-23T14:30:00+01:00",
        author="Henrik Aalto",
        title="Mirelle AI appoints former data-protection regulator as chief safety officer",
        tags=["LLMs", "People"],
        fields=["ai"], kind="hiring", weight="minor",
        incidental=[Amt("GBP", 8_000_000_000, "£8bn", "valuation")],
        cue_traps=["regulator (a person's former job)", "regulators said (quoted, no rule)"],
        atom_markup="h4",
        key_findings=[
            "Mirelle AI, the London model developer valued at £8bn, has hired Ruth Okafor, a former deputy "
            "commissioner at a data-protection authority, as chief safety officer.",
        ],
        details=["Role: she will run model evaluations and the company's incident reporting."],
        background="Regulators said last year that model developers should name an accountable executive "
                   "for safety; Mirelle had not had one.",
        outlook="A senior hire, not a policy change.",
        source="https://www.mirelle.example/news/okafor",
    ),
    # ------------------------------------------------------------------ AI: webinar
    Report(
        key="w30-webinar-model-documentation",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0733",
        link=P + "webinar-model-documentation",
        published="2026-07-24T10:00:00+02:00",
        author="Lena Brandt",
        title="Webinar: writing model documentation that survives an audit",
        tags=["Generative AI", "Webinar"],
        fields=["ai"], kind="webinar-event", weight="minor",
        cue_traps=["rule (existing obligations, no new rule)"],
        atom_markup="plain",
        key_findings=[
            "A partner webinar on 11 August will walk model providers through the technical documentation "
            "that existing EU rules already require. Speakers include two auditors.",
        ],
        outlook="Practical, but no news.",
        source="https://events.lindqvist-research.example/model-docs",
    ),
    # ------------------------------------------------------------------ HPC: patch and recap
    Report(
        key="w30-tarnwick-patch",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0734",
        link=P + "tarnwick-24-07-2",
        published="2026-07-21T16:00:00-05:00",
        author="Lena Brandt",
        title="Tarnwick scheduler 24.07.2 fixes GPU accounting bug",
        tags=["HPC", "Open source"],
        fields=["hpc"], kind="patch-release", weight="minor",
        atom_markup="h4",
        key_findings=[
            "Version 24.07.2 of the Tarnwick open-source job scheduler fixes a bug that double-counted GPU "
            "hours for jobs split across nodes.",
        ],
        details=["Upgrade: drop-in; no configuration changes needed."],
        outlook="Sites that bill users by GPU hour should upgrade.",
        source="https://tarnwick.example/releases/24.07.2",
    ),
    Report(
        key="w30-summer-school-recap",
        feed="rss", post_id=51203, slug="nordic-hpc-summer-school-recap",
        published="2026-07-24T15:40:00+00:00",
        author="Dev Raman",
        title="Nordic supercomputing summer school draws record attendance",
        tags=["Supercomputing", "Training", "Events"],
        fields=["hpc"], kind="webinar-event", weight="minor",
        cue_traps=["record attendance (a trivial record)", "first (first-time attendees)"],
        markup="strong", box="div", comments="h3", kf_heading="Key results", kf_bullets=True,
        key_findings=[
            "About 260 students attended, up from 170 last year",
            "Two-thirds were first-time users of a national supercomputer",
            "Sessions on AI workloads were the most oversubscribed",
        ],
        details_heading="Programme",
        details=[
            "Courses: MPI, GPU programming, containers and workflow tools.",
            "Hosts: four Nordic national centres, rotating each year.",
            "Next year: Reykjavik, in July 2027.",
        ],
        background=(
            "The summer school began in 2019 as a one-week course for doctoral students. It now runs for two "
            "weeks and takes early-career staff from industry. Organisers said the growth reflects demand "
            "from biology and social-science groups."
        ),
        outlook=(
            "A useful training event, but not news for most readers. Centres are short of staff who can help "
            "new users. Courses like this are one way to grow them."
        ),
        source="https://nordic-hpc-school.example/2026/recap",
    ),
    # ------------------------------------------------------------------ semiconductors: export licence
    Report(
        key="w30-orrin-export-licence",
        feed="rss", post_id=51204, slug="dutch-government-grants-orrin-export-licence",
        published="2026-07-21T13:00:00+00:00",
        author="Sanne de Wit",
        title="Dutch government grants Orrin Lithography export licence for immersion scanners to Malaysia",
        tags=["Semiconductors", "Lithography", "Export controls"],
        fields=["semiconductors"], kind="approval", weight="notable",
        headline=Amt("EUR", 640_000_000, "€640m"),
        cue_traps=["grants (a licence, not a product approval)"],
        notes="An export-licence decision: real news of moderate consequence, not a first-of-its-kind "
              "approval. The €640m is the value of the orders the licence covers: the news's own figure.",
        markup="h2", box="div", comments="h2", kf_heading="The decision",
        key_findings=[
            "The Dutch government has granted Orrin Lithography a licence to export 14 immersion "
            "lithography scanners to two chipmakers in Penang, Malaysia. The licence covers orders that "
            "Orrin values at €640m. Officials attached end-use conditions, including on-site inspections.",
        ],
        details_heading="Conditions",
        details=[
            "End use: the scanners may be used only for chips at 28 nm and above.",
            "Inspections: the Dutch authorities may visit the fabs twice a year.",
            "Re-export: the tools may not be moved to a third country without a new licence.",
        ],
        background=(
            "Orrin applied for the licence in January, after the Netherlands widened its controls on "
            "immersion tools in 2025. Malaysian fabs have grown quickly as chipmakers add capacity outside "
            "China and Taiwan. Two smaller Orrin applications are still pending."
        ),
        outlook=(
            "The decision shows that mature-node tools can still be exported under conditions. Other "
            "toolmakers will read it as a template for their own applications. The inspection clause is "
            "new and may become standard."
        ),
        source="https://www.chipwire.example/2026/07/21/orrin-export-licence",
    ),
    Report(
        key="w30-fab-spending-forecast",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0735",
        link=P + "chipmakers-fab-spending-2030",
        published="2026-07-23T09:30:00+02:00",
        author="Sanne de Wit",
        title="Chipmakers to pour $1.1 trillion into new fabs by 2030, industry group says",
        tags=["Chips", "Forecasts"],
        fields=["semiconductors"], kind="forecast", weight="minor",
        incidental=[
            Amt("USD", 1_100_000_000_000, "$1.1 trillion", "forecast"),
            Amt("USD", 180_000_000_000, "$180bn", "forecast"),
        ],
        notes="A forecast dressed in a deal verb ('to pour'); no investment was announced.",
        atom_markup="strong",
        key_findings=[
            "An industry association forecasts that chipmakers will spend $1.1 trillion on new fabs between "
            "2026 and 2030, with $180bn of it in Southeast Asia.",
        ],
        details=["Basis: announced projects plus an estimate for unannounced ones."],
        outlook="A projection, not a commitment; past forecasts from the group ran high.",
        source="https://www.chipwire.example/2026/07/23/fab-spending-forecast",
    ),
    # ------------------------------------------------------------------ biotech
    Report(
        key="w30-noveris-adcomm",
        feed="rss", post_id=51205, slug="fda-advisers-back-noveris-gene-therapy",
        published="2026-07-22T20:30:00+00:00",
        author="Dr Alice Moreau",
        title="FDA advisory committee votes 11 to 2 in favour of Noveris gene therapy for Wilson's disease",
        tags=["Biotech", "Gene therapy", "FDA"],
        fields=["biotech"], kind="other", weight="notable",
        incidental=[Amt("USD", 410_000_000, "$410m", "past-funding")],
        cue_traps=["approval (a recommendation; the FDA has not decided)", "first (would be the first)"],
        notes="An advisory vote is not an approval. The FDA's decision is due by 31 July. Kind 'other': a "
              "regulatory step without a decision.",
        markup="h3", box="div", comments="h2", kf_heading="The finding",
        key_findings=[
            "A panel of outside advisers to the US Food and Drug Administration voted 11 to 2 that the "
            "benefits of Noveris Therapeutics' gene therapy NVR-114 outweigh its risks in adults with "
            "Wilson's disease. The FDA is not bound by the vote, but it usually follows its advisers. "
            "A decision is due by 31 July.",
        ],
        details_heading="The evidence",
        details=[
            "Trial: a single-arm study of 38 patients; 29 were able to stop copper-chelation drugs for a "
            "year.",
            "Safety: two patients had serious liver inflammation that resolved with steroids.",
            "Dissent: the two no votes cited the lack of a control group.",
        ],
        background=(
            "Wilson's disease is an inherited disorder in which copper builds up in the liver and brain. "
            "Patients now take drugs for life to remove the copper. Noveris, based in Boston, raised $410m "
            "before its trial read out."
        ),
        outlook=(
            "If approved, NVR-114 would be the first gene therapy for the disease. The panel's safety "
            "questions suggest the label may carry liver monitoring. We will report the FDA's decision when "
            "it comes."
        ),
        source="https://www.biopharma-desk.example/2026/07/22/noveris-adcomm",
    ),
    Report(
        key="w30-cardiva-trial-miss",
        feed="rss", post_id=51206, slug="cardiva-heart-failure-trial-misses-main-goal",
        published="2026-07-20T12:00:00+00:00",
        author="Dr Alice Moreau",
        title="Trial of Cardiva's heart-failure drug misses its main goal",
        tags=["Clinical trials", "Cardiology"],
        fields=["biotech"], kind="research-result", weight="notable",
        incidental=[Amt("GBP", 95_000_000, "£95m", "market-value-change")],
        notes="A negative phase 3 result in 4,100 patients: real news even though nothing worked.",
        markup="h2", box="p", comments="h2", kf_heading="Key results",
        key_findings=[
            "Cardiva's phase 3 trial of CVX-9 in 4,100 people with heart failure missed its primary "
            "endpoint. The drug did not significantly reduce the combined rate of cardiovascular death and "
            "hospitalisation compared with placebo. A secondary measure of exercise capacity improved "
            "slightly.",
        ],
        details_heading="Numbers",
        details=[
            "Primary endpoint: 14.8% of the CVX-9 group against 15.6% on placebo (not significant).",
            "Safety: no new signals; kidney function was stable.",
            "Market: Cardiva's shares fell, cutting about £95m from its market value.",
        ],
        background=(
            "CVX-9 targets a pathway that had looked promising in a phase 2 study of 300 patients. Larger "
            "trials often fail to confirm mid-stage results. Cardiva, based in Cambridge, has one other "
            "drug in late-stage testing."
        ),
        outlook=(
            "The result probably ends CVX-9's development in heart failure. Full data will be presented at a "
            "cardiology congress in September. Other companies working on the same pathway may rethink their "
            "programmes."
        ),
        source="https://www.biopharma-desk.example/2026/07/20/cardiva-cvx9",
    ),
    Report(
        key="w30-mice-gut-microbe",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0736",
        link=P + "gut-microbe-mice-anxiety",
        published="2026-07-25T19:00:00+00:00",
        author="Tomas Lind",
        title="Gut microbe may reduce anxiety-like behaviour, in mice",
        tags=["Life sciences", "Microbiome"],
        fields=["biotech"], kind="research-result", weight="minor",
        cue_traps=["breakthrough (the authors warn against calling it one)"],
        atom_markup="h4", why_heading="Why it matters",
        key_findings=[
            "Researchers at the Utrecht Institute for Microbial Health report in a peer-reviewed paper that "
            "mice given one gut bacterium showed less anxiety-like behaviour. The study used 40 mice.",
        ],
        details=["Caveat: the effect disappeared when the mice's vagus nerve was cut."],
        outlook="An early animal result; the authors say it is not a breakthrough and human studies are "
                "years away.",
        source="https://www.sciencewire.example/2026/07/25/microbe-mice",
    ),
    # ------------------------------------------------------------------ quantum
    Report(
        key="w30-majorana-replication",
        feed="rss", post_id=51207, slug="replication-fails-majorana-signal",
        published="2026-07-23T10:00:00+00:00",
        author="Tomas Lind",
        title="Researchers at Delft and Zurich fail to reproduce claimed topological-qubit signal",
        tags=["Quantum computing", "Qubits", "Replication"],
        fields=["quantum"], kind="research-result", weight="notable",
        incidental=[Amt("USD", 1_400_000_000, "$1.4bn", "past-funding")],
        cue_traps=["breakthrough (the original claim, now in doubt)", "record (a matter of record)"],
        notes="A replication failure is the week's quantum news: notable, not major.",
        markup="h2", box="div", comments="h2", kf_heading="What they found",
        key_findings=[
            "Two independent groups, at Delft and at Zurich, report that they could not reproduce the "
            "signature of topological states claimed last year by start-up Quorra Quantum. Using devices "
            "built to Quorra's published recipe, they saw similar signals that disappeared when the devices "
            "were tuned more finely. The work is peer-reviewed and appears in a leading physics journal.",
        ],
        details_heading="Technical details",
        details=[
            "Devices: 24 indium-arsenide nanowire devices across the two labs.",
            "Test: the signal survived only in a narrow window of gate voltages, consistent with disorder.",
            "Response: Quorra said its own devices are cleaner and stands by its claim.",
        ],
        background=(
            "Quorra presented its result last year as a breakthrough on the road to topological qubits, "
            "which should be far less error-prone than today's qubits. Earlier claims of this kind were "
            "withdrawn in 2021. Quorra has raised $1.4bn on the strength of the approach, a matter of "
            "public record."
        ),
        outlook=(
            "The replication does not prove Quorra wrong, but it shifts the burden of proof to the company. "
            "Investors and funding agencies will want data from Quorra's own devices. A public data release "
            "would settle much of the argument."
        ),
        source="https://www.physicsnews.example/2026/07/23/majorana-replication",
    ),
    Report(
        key="w30-opinion-quantum-error-bars",
        feed="rss", post_id=51208, slug="opinion-quantum-advantage-error-bars",
        published="2026-07-26T17:00:00+00:00",
        author="Prof. Halvor Stene",
        title="Opinion: quantum-advantage claims need error bars, not breakthroughs",
        tags=["Quantum", "Opinion"],
        fields=["quantum"], kind="opinion", weight="minor",
        wp_category="Opinion",
        incidental=[Amt("USD", 55_000_000_000, "$55bn", "sector-total")],
        cue_traps=["breakthroughs (in a title negation)", "first (opening an argument)"],
        markup="plain", box="p", comments="p", kf_heading="The argument",
        key_findings=[
            "Claims of quantum advantage should be published with classical baselines and error bars. "
            "Too many announcements compare against weak classical methods. Journals should ask for the "
            "classical code as well as the quantum data.",
        ],
        details_heading="Proposals",
        details=[
            "Baselines: report the best classical method known at the time of submission.",
            "Code: release simulation code with the paper.",
            "Retractions: correct press releases when a claim is walked back.",
        ],
        background=(
            "First, governments have committed more than $55bn of public money to quantum technology. "
            "That money is justified by claims of advantage. Several such claims have been matched by "
            "classical simulation within months."
        ),
        outlook=(
            "Careful reporting would not slow the field. It would make the real breakthroughs easier to "
            "recognise. Funders can require it."
        ),
        source="https://troy-technical.example/opinion",
    ),
    # ------------------------------------------------------------------ energy: quiet
    Report(
        key="w30-solar-grid-record",
        feed="rss", post_id=51209, slug="britain-grid-solar-record-saturday",
        published="2026-07-26T22:40:00+02:00",
        author="Megan Hollis",
        title="Britain's grid sets another solar record on a sunny Saturday",
        tags=["Solar", "Grid"],
        fields=["energy"], kind="record", weight="minor",
        cue_traps=["record (a routine statistic broken most summers)"],
        notes="Published Sunday 26 Jul 20:40 UTC. A seasonal grid statistic, beaten several times a year, "
              "not a certified technical record. New trap: routine records.",
        markup="strong", box="div", comments="h2", kf_heading="Key findings",
        key_findings=[
            "Solar panels supplied 15.2 GW to Britain's grid at midday on Saturday, about 46% of demand, "
            "according to the National Energy System Operator. The previous high of 14.9 GW was set in "
            "June. It is the fourth solar record this year.",
        ],
        details_heading="The numbers",
        details=[
            "Timing: the peak came at 12:30 under clear skies across southern England.",
            "Balancing: the operator paid some wind farms in Scotland to switch off.",
            "Prices: wholesale power prices were negative for five hours.",
        ],
        background=(
            "Solar records fall several times each summer as capacity grows by about 3 GW a year. Most of it "
            "is on rooftops and small farms that the operator cannot see directly. Records are therefore "
            "estimates."
        ),
        outlook=(
            "More records are likely before September. The operational story is the need for storage and "
            "flexible demand at midday. Nothing here changes policy."
        ),
        source="https://www.gridwatch-uk.example/2026/07/26/solar-record",
    ),
    Report(
        key="w30-heat-pump-forecast",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0737",
        link=P + "heat-pump-sales-forecast",
        published="2026-07-22T11:45:00+01:00",
        author="Megan Hollis",
        title="Heat-pump sales in Europe could double by 2030, trade body says",
        tags=["Energy", "Heating", "Forecasts"],
        fields=["energy"], kind="forecast", weight="minor",
        incidental=[Amt("EUR", 38_000_000_000, "€38bn", "forecast")],
        atom_markup="h4", why_heading="What's next",
        key_findings=[
            "A European heating-industry association expects heat-pump sales to reach 6 million units a year "
            "by 2030, a market it puts at €38bn.",
        ],
        details=["Assumptions: stable subsidies and lower electricity taxes in five countries."],
        outlook="A forecast from the industry's own lobby; sales fell in 2024 and 2025.",
        source="https://www.energybrief.example/2026/07/22/heat-pumps",
    ),
    Report(
        key="w30-webinar-battery-grid",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0738",
        link=P + "webinar-batteries-congested-grid",
        published="2026-07-20T06:20:00+03:00",
        author="Lena Brandt",
        title="Webinar: connecting batteries to a congested grid",
        tags=["Batteries", "Webinar"],
        fields=["energy"], kind="webinar-event", weight="minor",
        cue_traps=["first (first-come, first-served queue)"],
        atom_markup="plain",
        key_findings=[
            "A webinar on 6 August will explain the new first-come, first-served reforms to grid-connection "
            "queues and what they mean for battery developers.",
        ],
        outlook="For developers only.",
        source="https://events.lindqvist-research.example/battery-grid",
    ),
    # ------------------------------------------------------------------ space: quiet
    Report(
        key="w30-cubesat-rideshare",
        feed="rss", post_id=51210, slug="aberdeen-cubesat-reaches-orbit-rideshare",
        published="2026-07-20T00:05:00+00:00",
        author="Owen Pryce",
        title="University cubesat reaches orbit on a rideshare launch",
        tags=["Satellites", "Education"],
        fields=["space"], kind="launch", weight="minor",
        incidental=[Amt("GBP", 350_000, "£350,000", "system-cost")],
        cue_traps=["launch (a rideshare ride, not a new rocket)", "first (the university's first satellite)"],
        notes="Published at 00:05 UTC on Monday, the first minutes of the week. A student satellite on a "
              "routine rideshare: minor.",
        markup="h3", box="div", comments="h2", kf_heading="Key findings",
        key_findings=[
            "A three-unit cubesat built by students at a Scottish university reached orbit on Sunday as one "
            "of 64 payloads on a commercial rideshare launch. Controllers made contact on its second pass. "
            "It is the university's first satellite.",
        ],
        details_heading="The mission",
        details=[
            "Payload: a camera to image algal blooms in the North Sea.",
            "Orbit: sun-synchronous at about 520 km.",
            "Cost: about £350,000, most of it from a national education grant.",
        ],
        background=(
            "Rideshare launches have made it possible for universities to fly small satellites for the price "
            "of a lab instrument. Dozens of student satellites go up each year. Most operate for one to three "
            "years."
        ),
        outlook=(
            "A good day for the students, but not a development for the industry. The imagery will be "
            "shared with fisheries researchers. The team is planning a second satellite for 2028."
        ),
        source="https://www.spacedesk.example/2026/07/20/cubesat-rideshare",
    ),
    Report(
        key="w30-opinion-launch-counts",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0739",
        link=P + "opinion-stop-counting-launches",
        published="2026-07-25T09:00:00+02:00",
        author="Owen Pryce",
        title="Opinion: Europe should stop counting launches and start counting payloads",
        tags=["Space", "Opinion"],
        fields=["space"], kind="opinion", weight="minor",
        incidental=[Amt("EUR", 9_000_000_000, "€9bn", "budget")],
        cue_traps=["launch (as a statistic)"],
        atom_markup="strong",
        key_findings=[
            "The columnist argues that Europe's launch targets measure the wrong thing, and that payload mass "
            "delivered to orbit is a better yardstick.",
        ],
        background="Europe's space agencies will spend about €9bn on launchers this decade.",
        outlook="An argument, not news.",
        source="https://troy-technical.example/opinion",
    ),
    # ------------------------------------------------------------------ cybersecurity
    Report(
        key="w30-ietf-hybrid-tls-rfc",
        feed="rss", post_id=51211, slug="ietf-publishes-hybrid-post-quantum-tls-standard",
        published="2026-07-22T07:00:00+00:00",
        author="Ravi Menon",
        title="Standard finalised: IETF publishes hybrid post-quantum key exchange for TLS",
        tags=["Cybersecurity", "Post-quantum cryptography", "Standards"],
        fields=["cybersecurity"], kind="regulation", weight="major",
        cue_traps=["quantum (the topic, yet the field is cybersecurity)"],
        notes="A finalised standard, not a draft: the hybrid key exchange most browsers already trial is now "
              "an RFC. Kind 'regulation' as the closest to a binding rule; an editor might say 'other'.",
        markup="h2", box="div", comments="h2", kf_heading="What happened",
        key_findings=[
            "The Internet Engineering Task Force has published its hybrid post-quantum key exchange for TLS "
            "1.3 as a final standard. It combines a classical elliptic-curve exchange with the ML-KEM "
            "algorithm, so a connection stays secure unless both are broken. The document ends three years "
            "of drafts.",
        ],
        details_heading="What the standard says",
        details=[
            "Algorithms: X25519 combined with ML-KEM-768 as the recommended default.",
            "Compatibility: servers that do not support it fall back to classical key exchange.",
            "Cost: handshakes grow by about 1.1 KB, which matters for some embedded devices.",
        ],
        background=(
            "Browsers and large content networks have run drafts of the hybrid exchange since 2024. "
            "Security agencies want post-quantum key exchange in place before quantum computers can "
            "break today's public-key cryptography. Vendors had held back from shipping it by default "
            "until the standard was final."
        ),
        outlook=(
            "With the standard final, expect libraries and appliances to turn it on by default within a "
            "year. Procurement rules that cite IETF standards can now reference it. Organisations that "
            "inspect TLS traffic should test their equipment against larger handshakes."
        ),
        source="https://www.securityherald.example/2026/07/22/ietf-hybrid-tls",
    ),
    Report(
        key="w30-haulbridge-ransomware",
        feed="rss", post_id=51212, slug="haulbridge-ransomware-4-5m-demand",
        published="2026-07-24T08:20:00+00:00",
        author="Ravi Menon",
        title="Ransomware gang demands £4.5m from logistics firm Haulbridge",
        tags=["Ransomware", "Logistics"],
        fields=["cybersecurity"], kind="other", weight="minor",
        incidental=[Amt("GBP", 4_500_000, "£4.5m", "ransom-demand")],
        markup="h3", box="p", comments="h3", kf_heading="Key findings",
        key_findings=[
            "A ransomware group has claimed an attack on Haulbridge, a Midlands logistics company, and "
            "demanded £4.5m. Haulbridge says deliveries are running with a delay of a day. It has not said "
            "whether it will pay.",
        ],
        details_heading="What we know",
        details=[
            "Entry: the company says an old remote-access account was used.",
            "Data: the group claims to hold payroll files; this has not been verified.",
            "Response: the company has called in an incident-response firm and informed the police.",
        ],
        background=(
            "Attacks of this size on mid-sized logistics firms are reported most weeks. The group behind "
            "it has claimed some 60 victims this year. No new technique has been reported."
        ),
        outlook=(
            "A routine incident for now. Customers of Haulbridge should watch for phishing that uses the "
            "stolen data. It becomes bigger news only if the payroll leak is confirmed."
        ),
        source="https://www.securityherald.example/2026/07/24/haulbridge",
    ),
    Report(
        key="w30-opengate-patch",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0740",
        link=P + "opengate-9-4-1",
        published="2026-07-21T18:00:00+00:00",
        author="Ravi Menon",
        title="OpenGate 9.4.1 fixes two medium-severity flaws",
        tags=["Security", "Open source"],
        fields=["cybersecurity"], kind="patch-release", weight="minor",
        atom_markup="h4",
        key_findings=[
            "The OpenGate reverse-proxy project has released version 9.4.1, fixing two medium-severity flaws. "
            "Neither is known to be exploited.",
        ],
        details=["Flaws: a header-parsing bug and a log-injection issue."],
        outlook="Routine maintenance.",
        source="https://opengate.example/releases/9.4.1",
    ),
    # ------------------------------------------------------------------ unfiled
    Report(
        key="w30-quillon-round",
        feed="rss", post_id=51213, slug="quillon-raises-30m",
        published="2026-07-23T06:45:00+00:00",
        author="Imogen Clarke",
        title="Payments firm Quillon raises £30m to expand into Spain",
        tags=["Fintech", "Payments"],
        fields=[], kind="funding-round", weight="minor",
        headline=Amt("GBP", 30_000_000, "£30m"),
        incidental=[Amt("GBP", 300_000_000, "£300m", "valuation")],
        markup="strong", box="div", comments="p",
        key_findings=[
            "Quillon, a London company that handles payments for small online shops, has raised £30m. "
            "The round values it at £300m. It will open an office in Madrid this autumn.",
        ],
        details_heading="Details",
        details=[
            "Investors: led by a Dutch growth fund.",
            "Customers: about 40,000 merchants in Britain and Ireland.",
            "Plans: 80 new hires, half in Spain.",
        ],
        background=(
            "Quillon was founded in 2021. It competes with much larger card processors on price. Spain is "
            "its first market outside the British Isles."
        ),
        outlook=(
            "A small round in a crowded market. Growth in Spain will show whether the model travels. No "
            "technology field is affected."
        ),
        source="https://www.marketwire-europe.example/2026/07/23/quillon",
    ),
    Report(
        key="w30-scooter-scheme-approval",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0741",
        link=P + "e-scooter-scheme-approved",
        published="2026-07-27T01:20:00+03:00",
        author="Henrik Aalto",
        title="Transport regulator approves first city-wide e-scooter rental scheme in Wales",
        tags=["Micromobility", "Transport"],
        fields=[], kind="approval", weight="minor",
        cue_traps=["approves, first (unfiled: no technology field)"],
        notes="Written as Monday 01:20 +03:00, which is Sunday 26 Jul 22:20 UTC: inside W30.",
        atom_markup="h4",
        key_findings=[
            "A transport regulator has approved Wales's first city-wide e-scooter rental scheme, in Cardiff, "
            "from September.",
        ],
        outlook="Local transport news; no technology field.",
        source="https://www.transport-news.example/2026/07/cardiff-scooters",
    ),
]

FIELDS = {
    "quantum": FieldWeek(
        verdict="worth-a-skim",
        reason="Worth a skim: labs at Delft and Zurich failed to reproduce Quorra Quantum's claimed "
               "topological-qubit signal, shifting the burden of proof back to the company.",
        top1="w30-majorana-replication",
        top3=["w30-majorana-replication"], top3_order="first-only",
        must_not_lead=["w30-opinion-quantum-error-bars"],
        notes="A failed replication is the news. The $1.4bn is Quorra's past funding; the $55bn a sector "
              "total in a column.",
    ),
    "ai": FieldWeek(
        verdict="must-read",
        reason="Must read: Halcyra agreed to buy Oslo speech-model developer Nordmere for €4.2bn, the "
               "largest purchase of a European AI developer so far.",
        top1="w30-halcyra-nordmere",
        top3=["w30-halcyra-nordmere"], top3_order="first-only",
        must_not_lead=["w30-tessaline-results", "w30-inference-survey"],
        reason_amount=Amt("EUR", 4_200_000_000, "€4.2bn"),
        notes="One major among five. Tessaline's €1.3bn is half-year revenue; the survey's $190bn a "
              "projection.",
    ),
    "hpc": FieldWeek(
        verdict="skip",
        reason="Skip: only a cooling survey, a scheduler patch and a summer-school recap with record "
               "attendance.",
        must_not_lead=["w30-inference-survey"],
        notes="'Record attendance' is trivial.",
    ),
    "semiconductors": FieldWeek(
        verdict="worth-a-skim",
        reason="Worth a skim: the Dutch government granted Orrin Lithography an export licence for 14 "
               "immersion scanners, orders worth €640m, to Malaysian fabs, with inspection conditions.",
        reason_amount=Amt("EUR", 640_000_000, "€640m"),
        top1="w30-orrin-export-licence",
        top3=["w30-orrin-export-licence"], top3_order="first-only",
        must_not_lead=["w30-fab-spending-forecast"],
        notes="The €640m is the value of the orders the licence covers (Orrin's figure). The $1.1 trillion "
              "is a forecast with a deal verb.",
    ),
    "biotech": FieldWeek(
        verdict="worth-a-skim",
        reason="Worth a skim: FDA advisers voted 11 to 2 for Noveris's Wilson's disease gene therapy "
               "(decision due 31 July), and Cardiva's heart-failure drug missed its phase 3 goal.",
        top1="w30-noveris-adcomm", top1_also_ok=["w30-cardiva-trial-miss"],
        top3=["w30-noveris-adcomm", "w30-cardiva-trial-miss"], top3_order="set",
        must_not_lead=["w30-mice-gut-microbe"],
        notes="Two notables; either can lead. The advisory vote is not an approval, so not major.",
    ),
    "energy": FieldWeek(
        verdict="skip",
        reason="Skip: a routine solar generation record in Britain, a heat-pump sales forecast and a "
               "webinar notice; no projects, results or policy.",
        must_not_lead=["w30-heat-pump-forecast"],
        notes="The 'record' is a seasonal statistic beaten four times this year.",
    ),
    "space": FieldWeek(
        verdict="skip",
        reason="Skip: a university cubesat reached orbit on a rideshare, and an opinion column on "
               "launch targets.",
        notes="'Launch' and 'first' appear, but a student cubesat on a rideshare is minor.",
    ),
    "cybersecurity": FieldWeek(
        verdict="must-read",
        reason="Must read: the IETF published hybrid post-quantum key exchange for TLS 1.3 (X25519 plus "
               "ML-KEM-768) as a final standard after three years of drafts.",
        top1="w30-ietf-hybrid-tls-rfc",
        top3=["w30-ietf-hybrid-tls-rfc"], top3_order="first-only",
        must_not_lead=["w30-haulbridge-ransomware"],
        notes="The £4.5m is a ransom demand in a routine incident's title.",
    ),
}
