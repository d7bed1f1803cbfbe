"""2026-W41 (Mon 5 Oct - Sun 11 Oct 2026): reports, and the editor's judgement per field.

Second held-out set, wire-service house style. All organisations, products and people are invented;
public bodies (the FDA, the UK's NCSC and Home Office, the ICO, the ASX, the UK CAA, ENTSO-E) are real
names used in invented stories. Every figure is invented.
"""

from model import Amt, FieldWeek, Report

WEEK = "2026-W41"

NOTES = (
    "Biotech has a single report and it is major (a first-of-its-kind FDA approval). Semiconductors' only "
    "big-money story is a follow-up that restates last week's €2.1bn Kaiyo-Brockmann deal and says it "
    "adds nothing, so semiconductors is a skip. HPC is a skip with a Guinness-certified hackathon and "
    "two large public-programme figures. The Kittiwake maiden flight has a syndicated partner copy. "
    "Two unfiled reports: a CE mark for a medical wearable and a drone clearance."
)

P = "https://briefs.lindqvist-research.example"

REPORTS = [
    # ================================================================== space: maiden flight (major)
    Report(
        key="w41-kittiwake-maiden-flight",
        feed="rss", post_id=48004, slug="kittiwake-2-reaches-orbit-maiden-flight",
        published="2026-10-06T05:10:00+00:00",
        author="Tomasz Wren",
        title="Kittiwake-2 reaches orbit on maiden flight; Skua Aerospace becomes Europe’s second private launcher",
        tags=["Launch vehicles", "Spaceflight", "Scotland"],
        fields=["space"], kind="launch", weight="major",
        incidental=[Amt("USD", 3_000_000_000, "US$3bn", "past-funding")],
        cue_traps=["maiden flight (genuine)"],
        notes="Maiden orbital launch; no money of its own. US$3bn is what Skua has raised to date.",
        markup="h2", box="div", comments="h2", kf_heading="Key Findings",
        key_findings=[
            "Skua Aerospace's Kittiwake-2 rocket reached orbit on its first flight early on Tuesday, lifting "
            "off from a spaceport in Sutherland and releasing six small satellites into a 520 km "
            "sun-synchronous orbit. All six have made contact with their operators. It is the first orbital "
            "launch from British soil by a privately developed rocket.",
        ],
        details_heading="Flight", details_style="table",
        details=[
            "Vehicle: two stages, methane-oxygen engines, 1.4 tonnes to low Earth orbit.",
            "Timeline: second-stage cut-off at T+8 minutes 41 seconds; payload release at T+54 minutes.",
            "Recovery: the first stage was not recovered on this flight.",
        ],
        background=(
            "Skua was founded in 2017 and has raised US$3bn from private and public investors. A first "
            "attempt was scrubbed in August because of high winds. Europe's small-launch market has been "
            "dominated by foreign rockets. Two other European start-ups are preparing first flights."
        ),
        outlook=(
            "A successful first flight lets Skua bid for institutional missions next year. A second flight "
            "is planned for February. Cadence is now the test. Competitors will need to match it quickly."
        ),
        source="https://www.orbitalwire.example/2026/10/06/kittiwake-2",
    ),
    Report(
        key="w41-kittiwake-syndicated",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0418",
        link="https://troy-technical.example/2026/10/06/kittiwake-2-reaches-orbit-maiden-flight/"
             "?utm_source=lindqvist&utm_medium=partner&utm_campaign=briefs-w41",
        published="2026-10-06T09:30:00+01:00",
        author="Lindqvist Briefing Desk",
        title="Kittiwake-2 reaches orbit on maiden flight; Skua Aerospace becomes Europe’s second private launcher",
        tags=["Spaceflight", "Syndicated"],
        fields=["space"], kind="launch", weight="major",
        syndicates="w41-kittiwake-maiden-flight",
        notes="Syndicated copy of the site report.",
        key_findings=[
            "Skua Aerospace's Kittiwake-2 reached orbit on its first flight, releasing six small satellites.",
        ],
        outlook="A second flight is planned for February.",
    ),
    Report(
        key="w41-opinion-launch-insurance",
        feed="rss", post_id=48012, slug="opinion-launch-is-cheap-insurance-is-not",
        published="2026-10-08T10:00:00+00:00",
        author="Marguerite Haig", wp_category="Opinion",
        title="Opinion: ‘Launch is cheap; insurance is not’",
        tags=["Satellites", "Opinion", "Insurance"],
        fields=["space"], kind="opinion", weight="minor",
        incidental=[Amt("USD", 480_000_000, "$480m", "sector-total")],
        cue_traps=["launch (a noun in a column)", "First, (opinion opener)"],
        markup="strong", box="p", comments="h2", kf_heading="TL;DR",
        key_findings=[
            "Launch prices have fallen by two thirds in a decade. Satellite insurance premiums have not. The "
            "whole market wrote only $480m of premiums last year, too little to spread risk. Operators are "
            "self-insuring, which is fine until a bad year.",
        ],
        details_heading="The argument",
        details=[
            "Capacity: a handful of underwriters cover most launches.",
            "Data: loss histories for new rockets are thin.",
            "Fix: pooled cover across constellation operators.",
        ],
        background=(
            "First, the market is small. Two large losses in 2023 drove several insurers out. Premium rates "
            "rose above 8% of insured value."
        ),
        outlook=(
            "New rockets this month will add capacity without adding data. Insurers will price that in. "
            "Regulators may eventually require minimum cover."
        ),
        source="https://troy-technical.example/opinion/",
    ),
    Report(
        key="w41-skua-hire",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0425",
        link=f"{P}/2026/10/orbitane-hires-coo",
        published="2026-10-09T12:00:00+02:00",
        author="Tomasz Wren",
        title="Satellite maker Orbitane hires ex-agency official as COO",
        tags=["Satellite", "People"],
        fields=["space"], kind="hiring", weight="minor",
        atom_markup="h4",
        key_findings=[
            "Orbitane, which builds Earth-observation satellites, has appointed Ilse Vermeer, a former "
            "programme director at a national space agency, as chief operating officer.",
        ],
        outlook="A routine senior hire.",
        source="https://orbitane.example/news/coo",
    ),
    # ================================================================== cybersecurity: regulation in force (major)
    Report(
        key="w41-uk-ransom-ban",
        feed="rss", post_id=48001, slug="uk-ban-ransom-payments-public-bodies-comes-into-effect",
        published="2026-10-05T00:20:00+00:00",
        author="Priya Ramaswamy",
        title="UK ban on ransom payments by public bodies comes into effect",
        tags=["Ransomware", "Regulation", "UK"],
        fields=["cybersecurity"], kind="regulation", weight="major",
        incidental=[Amt("GBP", 10_000_000, "£10m", "limit"),
                    Amt("GBP", 180_000_000, "£180m", "sector-total")],
        cue_traps=["ban (genuine, in force)"],
        notes="A regulation taking effect: major. £10m is the maximum penalty, £180m an estimate of ransoms "
              "paid in 2025; neither is the news's own figure.",
        markup="h3", box="div", comments="h3",
        key_findings=[
            "From Monday, public bodies and operators of critical national infrastructure in the UK may no "
            "longer pay ransoms to cyber-criminals. Private companies outside the ban must notify the Home "
            "Office before any payment and report every ransomware attack within 72 hours. Breaches can "
            "bring fines of up to £10m for the organisation and disqualification for directors.",
        ],
        details_heading="What the law requires",
        details=[
            "Scope: central and local government, the NHS, schools, and regulated infrastructure operators.",
            "Notification: 72 hours for an attack; before payment for firms outside the ban.",
            "Enforcement: the Home Office, with the NCSC providing technical support.",
        ],
        background=(
            "The government consulted on the ban in 2025 after attacks on hospitals and councils. Officials "
            "estimate that UK organisations paid about £180m in ransoms in 2025. Critics argued that a ban "
            "could leave victims with no way to recover data. Similar proposals are under discussion in "
            "Australia and the EU."
        ),
        outlook=(
            "The UK is the first large economy to outlaw ransom payments by the public sector. Attackers may "
            "shift to data-theft extortion. The first test case will be closely watched. Guidance for "
            "boards is due by the end of the month."
        ),
        source="https://www.secwire.example/2026/10/05/uk-ransom-ban",
    ),
    Report(
        key="w41-harwick-fine",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0417",
        link=f"{P}/2026/10/ico-fines-harwick-water",
        published="2026-10-07T14:00:00+01:00",
        author="Priya Ramaswamy",
        title="ICO fines Harwick Water £4.8m over breach that followed $12m ransom demand",
        tags=["Cyber security", "Data protection"],
        fields=["cybersecurity"], kind="regulation", weight="notable",
        headline=Amt("GBP", 4_800_000, "£4.8m"),
        incidental=[Amt("USD", 12_000_000, "$12m", "ransom-demand")],
        notes="Fine vs ransom: the fine (£4.8m) is the news; the $12m was the attackers' demand in 2025.",
        atom_markup="strong",
        key_findings=[
            "The Information Commissioner's Office has fined Harwick Water £4.8m for failing to protect "
            "customer data stolen in a 2025 ransomware attack. The attackers had demanded $12m; the company "
            "did not pay.",
        ],
        details=["Failings: no multi-factor authentication on remote access; unpatched servers."],
        outlook="One of the largest fines yet for a utility; the company can appeal.",
        source="https://www.secwire.example/2026/10/07/harwick-fine",
    ),
    Report(
        key="w41-quillgate-patch-followup",
        feed="rss", post_id=48008, slug="quillgate-ships-patch-2100-devices-compromised",
        published="2026-10-06T16:45:00+00:00",
        author="Priya Ramaswamy",
        title="Quillgate ships patch for exploited firewall flaw — and says 2,100 devices were compromised",
        tags=["Vulnerabilities", "Patch", "Firewalls"],
        fields=["cybersecurity"], kind="follow-up", weight="notable",
        follows_up="w40-quillgate-exploited", adds_news=True,
        notes="Follows last week's exploited-flaw report and adds news: the patch and the compromise count.",
        markup="h2", box="div", comments="h2", kf_heading="Highlights",
        key_findings=[
            "Quillgate has released firmware 12.3.1, fixing the remote-code-execution flaw that attackers "
            "began exploiting last month. The company also said for the first time that about 2,100 devices "
            "had been compromised before the mitigation was applied. Customers must reset all administrator "
            "credentials after patching.",
        ],
        details_heading="What is new",
        details=[
            "Fix: firmware 12.3.1 and 11.9.8.",
            "Scale: 2,100 compromised devices in 38 countries.",
            "Indicators: Quillgate published hashes of the implant found on affected devices.",
        ],
        background=(
            "CISA listed the flaw as exploited on 28 September. At the time no patch was available. "
            "Incident responders had counted about 30 breached organisations."
        ),
        outlook=(
            "The compromise count is far higher than earlier estimates. Patching alone does not remove "
            "implants. Expect more breach disclosures in the coming weeks."
        ),
        source="https://www.secwire.example/2026/10/06/quillgate-patch",
    ),
    Report(
        key="w41-cra-checklist",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0423",
        link=f"{P}/2026/10/cra-reporting-checklist",
        published="2026-10-09T08:30:00+02:00",
        author="Lindqvist Briefing Desk",
        title="Cyber Resilience Act reporting duties, binding from September: a checklist",
        tags=["Infosec", "Explainer"],
        fields=["cybersecurity"], kind="other", weight="minor",
        cue_traps=["binding from (a past date; an explainer, not a rule taking effect)",
                   "enters into force (history)"],
        atom_markup="h4", why_heading="Why it matters",
        key_findings=[
            "A checklist for manufacturers on the vulnerability-reporting duties that became binding last "
            "month, two years after the act entered into force.",
        ],
        outlook="Nothing new this week; useful for compliance teams.",
        source="https://lindqvist-research.example/guides/cra-reporting",
    ),
    # ================================================================== biotech: single report, major
    Report(
        key="w41-fda-approves-pellane-pl4",
        feed="rss", post_id=48006, slug="cleared-fda-approves-pellane-pl-4-first-gene-therapy",
        published="2026-10-07T21:15:00+00:00",
        author="Dr Hannah Oyelaran",
        title="Cleared: FDA approves Pellane’s PL-4, the first gene therapy for CLN2 Batten disease",
        tags=["Gene therapy", "Biotechnology", "FDA"],
        fields=["biotech"], kind="approval", weight="major",
        incidental=[Amt("USD", 260_000_000, "$260m", "past-funding")],
        cue_traps=["cleared (a genuine approval)"],
        notes="A first-of-its-kind approval, the field's only report. No price has been set.",
        markup="h2", box="div", comments="h2",
        key_findings=[
            "The US Food and Drug Administration has approved PL-4, Pellane Therapeutics' one-time gene "
            "therapy for CLN2 Batten disease, a fatal childhood neurodegenerative disorder. It is the first "
            "gene therapy approved for any form of Batten disease. Children treated before age three kept "
            "their motor and language scores stable for two years.",
        ],
        details_heading="Clinical details",
        details=[
            "Trial: 22 children, compared with a natural-history cohort of 70.",
            "Delivery: a single injection into the brain's ventricles.",
            "Label: children up to five years old with confirmed CLN2 mutations.",
            "Conditions: a 15-year follow-up registry.",
        ],
        background=(
            "CLN2 disease affects roughly one in 200,000 births. The existing treatment is an enzyme infused "
            "into the brain every two weeks for life. Pellane raised $260m in 2024 to complete the trial. The "
            "company has not yet announced a price."
        ),
        outlook=(
            "Newborn screening for CLN2 will matter, because the therapy works best early. A European "
            "filing is planned for next year. Pricing will be announced within weeks. Other Batten "
            "subtypes are in early trials."
        ),
        source="https://www.biopharmawire.example/2026/10/07/pellane-pl4",
    ),
    # ================================================================== semiconductors: skip (follow-up restates)
    Report(
        key="w41-kaiyo-brockmann-week-on",
        feed="rss", post_id=48003, slug="kaiyo-brockmann-deal-what-we-know-a-week-on",
        published="2026-10-05T14:00:00+00:00",
        author="Imogen Tsai",
        title="Kaiyo–Brockmann €2.1bn deal: what we know, and what we don’t, a week on",
        tags=["Semiconductors", "M&A"],
        fields=["semiconductors"], kind="follow-up", weight="minor",
        incidental=[Amt("EUR", 2_100_000_000, "€2.1bn", "restated"),
                    Amt("EUR", 95_000_000, "€95m", "restated")],
        follows_up="w40-kaiyo-brockmann-power", adds_news=False,
        cue_traps=["approval (still pending)"],
        notes="Restates last week's terms and says plainly that nothing new has been disclosed.",
        markup="h3", box="p", comments="h2", kf_heading="At a glance",
        kf_bullets=True,
        key_findings=[
            "The €2.1bn cash price and the €95m break fee are unchanged since last week's announcement.",
            "Neither company has filed for antitrust approval yet.",
            "No new terms, buyers or objections have emerged; this piece adds no news.",
        ],
        details_heading="Recap",
        details=[
            "Buyer: Kaiyo Devices.",
            "Target: Brockmann Halbleiter's silicon-carbide unit, two fabs in Saxony.",
            "Closing: targeted for mid-2027.",
        ],
        background=(
            "We reported the deal on 28 September. The companies confirmed it the same day. Unions have "
            "asked for job guarantees."
        ),
        outlook=(
            "Filings with competition authorities are expected by the end of the year. We will report when "
            "they are made. Until then there is little to add."
        ),
        source="https://www.fabwire.example/2026/10/05/kaiyo-brockmann-week-on",
    ),
    Report(
        key="w41-verilane-point-release",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0429",
        link=f"{P}/2026/10/verilane-2026-1-3",
        published="2026-10-04T21:30:00-05:00",
        author="Imogen Tsai",
        title="Verilane 2026.1.3: timing-closure fixes for 2 nm flows",
        tags=["Chip", "EDA"],
        fields=["semiconductors"], kind="patch-release", weight="minor",
        notes="Published 02:30 UTC on Monday 5 Oct: W41 in UTC, Sunday in local time.",
        atom_markup="plain",
        key_findings=[
            "A point release of Verilane's place-and-route suite fixes timing-closure errors on 2 nm "
            "libraries and speeds up parasitic extraction by about 10%.",
        ],
        outlook="Maintenance only.",
        source="https://verilane.example/releases/2026-1-3",
    ),
    Report(
        key="w41-sunmoor-hire",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0421",
        link=f"{P}/2026/10/sunmoor-arizona-head",
        published="2026-10-08T09:00:00-07:00",
        author="Wen Jiahui",
        title="Sunmoor Foundry names head of Arizona operations",
        tags=["Foundry", "People"],
        fields=["semiconductors"], kind="hiring", weight="minor",
        atom_markup="h4",
        key_findings=[
            "Sunmoor Foundry has named Daniel Okoro, a 20-year process veteran, to run its Arizona fab, "
            "replacing an executive who retired.",
        ],
        outlook="A routine appointment.",
        source="https://www.fabwire.example/2026/10/08/sunmoor-arizona",
    ),
    # ================================================================== quantum: best is notable
    Report(
        key="w41-amagi-ionforge-tieup",
        feed="rss", post_id=48002, slug="amagi-electric-ionforge-tie-up-yen-120bn",
        published="2026-10-05T07:30:00+00:00",
        author="Elif Karaca",
        title="Tie-up worth ¥120bn: Amagi Electric and Ionforge to build trapped-ion machines in Japan",
        tags=["Quantum computing", "Japan", "Partnerships"],
        fields=["quantum"], kind="deal", weight="notable",
        headline=Amt("JPY", 120_000_000_000, "¥120bn"),
        incidental=[Amt("USD", 210_000_000, "$210m", "past-funding")],
        cue_traps=["'this is not a breakthrough' (CEO denying one)"],
        notes="A deal in the hundreds of millions of dollars (¥120bn), notable. The CEO's denial of a "
              "breakthrough is a negated cue.",
        markup="h2", box="div", comments="h2",
        key_findings=[
            "Amagi Electric and US start-up Ionforge have agreed a ¥120bn joint venture to manufacture "
            "trapped-ion quantum computers at an Amagi plant near Sendai. Amagi will hold 60% and supply "
            "the factory; Ionforge contributes its designs. The first machines are due in 2028. \"This is "
            "not a breakthrough, it is a factory,\" said Ionforge's chief executive, Laila Brandt.",
        ],
        details_heading="Deal terms",
        details=[
            "Structure: a joint venture, 60% Amagi and 40% Ionforge.",
            "Commitment: the ¥120bn is spread over five years, mostly in plant and equipment.",
            "Output: up to ten systems a year by 2030.",
        ],
        background=(
            "Ionforge raised $210m in 2025 and has sold two machines to US national laboratories. Japan has "
            "made domestic quantum manufacturing a priority. Amagi makes precision optics and vacuum "
            "equipment. The two companies have worked together on components since 2024."
        ),
        outlook=(
            "The venture gives Ionforge manufacturing capacity it could not fund alone. Japanese government "
            "customers are expected to buy the first units. Competitors are looking for similar partners in "
            "Korea and Europe."
        ),
        source="https://www.qubitdaily.example/2026/10/05/amagi-ionforge",
    ),
    Report(
        key="w41-nature-paper-cat-qubits",
        feed="rss", post_id=48010, slug="nature-paper-cat-qubit-bit-flip-times",
        published="2026-10-08T15:00:00+00:00",
        author="Elif Karaca",
        title="Nature paper: cat qubits hold bit-flips at bay for 10 minutes — an incremental step, authors say",
        tags=["Qubits", "Research", "Superconducting"],
        fields=["quantum"], kind="research-result", weight="minor",
        cue_traps=["Nature paper (peer-reviewed but incremental by its own authors' account)"],
        notes="A peer-reviewed paper the authors themselves call incremental; no record is claimed.",
        markup="plain", box="div", comments="p",
        key_findings=[
            "Researchers at a Paris lab report in Nature that their superconducting cat qubits went ten "
            "minutes on average without a bit-flip error, up from about seven minutes in their 2025 preprint. "
            "Phase-flip errors were no better. The authors describe the result as incremental.",
        ],
        details_heading="Definitions",
        bullet_labels=False, details_style="paras",
        details=[
            "Cat qubit — a qubit stored in two opposite states of a microwave resonator.",
            "Bit-flip time — the average time before the two states swap by accident.",
            "Phase flip — the other error type, which cat qubits do not suppress.",
        ],
        background=(
            "Cat qubits trade one kind of error for another. Several start-ups are building on them. Long "
            "bit-flip times reduce the overhead of error correction."
        ),
        outlook=(
            "The peer-reviewed numbers confirm the earlier preprint. Phase errors remain the bottleneck. A "
            "logical-qubit demonstration is the next milestone."
        ),
        source="https://www.qubitdaily.example/2026/10/08/cat-qubits-nature",
    ),
    Report(
        key="w41-photonic-loss-preprint",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0416",
        link=f"{P}/2026/10/photonic-loss-preprint",
        published="2026-10-06T11:00:00+02:00",
        author="Elif Karaca",
        title="Preprint claims photonic chip ‘beats previous best’ for optical loss",
        tags=["Quantum", "Photonics", "Preprint"],
        fields=["quantum"], kind="research-result", weight="minor",
        cue_traps=["beats previous best (an unreviewed, uncertified claim)"],
        notes="An arXiv-style preprint, not peer-reviewed or certified: minor.",
        atom_markup="strong",
        key_findings=[
            "A preprint from a Dutch group reports waveguide losses of 0.8 dB per metre on a silicon-nitride "
            "chip for photonic qubits, which it says beats the previous best. It has not been peer-reviewed.",
        ],
        outlook="Worth watching once it is reviewed and reproduced.",
        source="https://preprints.example/2610.04411",
    ),
    Report(
        key="w41-quantum-hire",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0424",
        link=f"{P}/2026/10/kestrel-chief-scientist",
        published="2026-10-09T16:30:00+01:00",
        author="Elif Karaca",
        title="Kestrel Qubits appoints chief scientist",
        tags=["Quantum technology", "People"],
        fields=["quantum"], kind="hiring", weight="minor",
        atom_markup="h4",
        key_findings=[
            "Kestrel Qubits has appointed Professor Anders Holm, an ion-trap physicist, as chief scientist. "
            "He keeps a part-time university post.",
        ],
        outlook="A senior hire after last week's funding top-up.",
        source="https://kestrel.example/news/holm",
    ),
    # ================================================================== AI: best is notable
    Report(
        key="w41-carrow-tilde-buyout",
        feed="rss", post_id=48005, slug="carrow-partners-takes-tilde-private",
        published="2026-10-06T12:30:00+00:00",
        author="Rafe Mbeki",
        title="Buyout: Carrow Partners takes speech-AI firm Tilde private for $820m (£610m)",
        tags=["Artificial Intelligence", "Private equity", "Speech"],
        fields=["ai"], kind="deal", weight="notable",
        headline=Amt("USD", 820_000_000, "$820m"),
        incidental=[Amt("GBP", 610_000_000, "£610m", "conversion"),
                    Amt("USD", 1_400_000_000, "$1.4bn", "valuation"),
                    Amt("CNY", 5_000_000_000, "RMB 5 billion", "comparison")],
        cue_traps=["subject to approval by shareholders (pending)"],
        notes="Dual-currency headline: $820m is the deal, £610m the same sum in sterling (role conversion, "
              "not penalised in a reason). $1.4bn is the 2024 peak valuation; RMB 5 billion a rival's round.",
        markup="h3", box="div", comments="h2",
        key_findings=[
            "Private-equity firm Carrow Partners has agreed to buy Tilde, a London maker of speech-recognition "
            "models for call centres, for $820m (£610m) in cash. The price is a 34% premium to Tilde's "
            "closing share price on Friday. The deal is subject to approval by Tilde's shareholders.",
        ],
        details_heading="Terms",
        details=[
            "Price: 412 pence a share.",
            "Financing: equity from Carrow's fourth fund plus a term loan.",
            "Timing: expected to complete in the first quarter of 2027.",
        ],
        background=(
            "Tilde listed in London in 2024 at a valuation of $1.4bn and its shares have fallen since. "
            "Large language models have squeezed specialist speech vendors. A Chinese rival raised RMB 5 "
            "billion last year. Tilde has 600 staff."
        ),
        outlook=(
            "Carrow plans to fold Tilde into its customer-service software holdings. Other listed AI "
            "companies trading below their listing price could be targets. A rival bid is possible but "
            "unlikely."
        ),
        source="https://www.modelwatch.example/2026/10/06/carrow-tilde",
    ),
    Report(
        key="w41-opinion-approval-ratings",
        feed="rss", post_id=48011, slug="opinion-ai-approval-ratings-falling",
        published="2026-10-08T07:00:00+00:00",
        author="Lucinda Ferrars", wp_category="Opinion",
        title="Why are AI’s approval ratings falling? Ask the people using it",
        tags=["AI", "Opinion", "Polling"],
        fields=["ai"], kind="opinion", weight="minor",
        cue_traps=["approval ratings (public opinion, not a regulatory approval)"],
        markup="h2", box="p", comments="h2",
        key_findings=[
            "Public approval ratings for AI have fallen in three consecutive national polls. The drop is "
            "steepest among people who use chatbots at work. They complain less about jobs than about "
            "errors. That should worry vendors more than any regulation.",
        ],
        details_heading="The polls",
        details=[
            "Approval: down from 48% to 39% in a year.",
            "Users: 61% say they double-check every answer.",
            "Non-users: views almost unchanged.",
        ],
        background=(
            "Polling on AI began in earnest in 2023. Early surveys showed curiosity outweighing fear. The "
            "mood has shifted as tools spread into offices."
        ),
        outlook=(
            "Reliability, not capability, is what users ask for. Vendors that publish error rates may win "
            "trust. Expect more polling before next year's elections."
        ),
        source="https://troy-technical.example/opinion/",
    ),
    Report(
        key="w41-plinth-ga",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0415",
        link=f"{P}/2026/10/plinth-agent-studio-ga",
        published="2026-10-05T16:00:00Z",
        author="Noor Haddad",
        title="Plinth Agent Studio reaches general availability",
        tags=["GenAI", "Developer tools"],
        fields=["ai"], kind="product-release", weight="minor",
        cue_traps=["general availability (a routine product release)"],
        atom_markup="h4",
        key_findings=[
            "Plinth's low-code tool for building customer-service agents is now generally available after "
            "a nine-month beta, with support for three model providers.",
        ],
        outlook="One of many agent builders; no new capability.",
        source="https://plinth.example/blog/ga",
    ),
    Report(
        key="w41-skerry-week-on",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0419",
        link=f"{P}/2026/10/skerry-1-a-week-on",
        published="2026-10-07T10:00:00+02:00",
        author="Noor Haddad",
        title="Skerry-1, a week on: downloads soar, but little else has changed",
        tags=["LLMs", "Open source"],
        fields=["ai"], kind="follow-up", weight="minor",
        follows_up="w40-halvard-skerry-open-weights", adds_news=False,
        incidental=[Amt("USD", 1_750_000_000, "$1.75 billion", "restated")],
        notes="Restates last week's release; download counts are colour, not news.",
        atom_markup="strong",
        key_findings=[
            "Halvard's open-weights Skerry-1 has been downloaded about three million times since last week's "
            "release. No new versions, licences or evaluations have been published.",
        ],
        background="Halvard raised $1.75 billion in 2025.",
        outlook="Nothing new beyond the download count.",
        source="https://www.modelwatch.example/2026/10/07/skerry-week-on",
    ),
    # ================================================================== HPC: skip, big incidental figures
    Report(
        key="w41-busan-guinness-hackathon",
        feed="rss", post_id=48007, slug="guinness-record-largest-hpc-hackathon-busan",
        published="2026-10-07T03:00:00+00:00",
        author="Pieter de Graaf", wp_category="Events",
        title="Guinness World Records certifies Busan’s HPC hackathon as the largest ever",
        tags=["High Performance Computing", "Events", "Korea"],
        fields=["hpc"], kind="webinar-event", weight="minor",
        incidental=[Amt("KRW", 2_000_000_000_000, "₩2 trillion", "public-programme")],
        cue_traps=["Guinness World Records / largest ever (a trivial record, attendance)"],
        notes="A certified record of attendance, not a technical record. ₩2 trillion is a national "
              "programme announced in 2025.",
        markup="h2", box="div", comments="h2",
        key_findings=[
            "A GPU-programming hackathon in Busan drew 3,412 participants over the weekend. Guinness World "
            "Records certified it as the largest HPC hackathon ever held. Teams ported climate and genomics "
            "codes to accelerators.",
        ],
        details_heading="Event",
        details=[
            "Participants: 3,412, in 640 teams.",
            "Hardware: time on two national systems.",
            "Winners: a team that sped up an ocean model fourfold.",
        ],
        background=(
            "The event is part of Korea's ₩2 trillion national computing programme, announced in 2025. "
            "Hackathons are a common way to train developers. Previous editions drew about 1,000 people."
        ),
        outlook=(
            "The organisers plan a second edition next year. Winning codes will be published. The record is "
            "for attendance, not performance."
        ),
        source="https://www.hpcdispatch.example/2026/10/07/busan-hackathon",
    ),
    Report(
        key="w41-opinion-sovereign-compute",
        feed="rss", post_id=48009, slug="opinion-sovereign-compute-funds",
        published="2026-10-07T11:00:00+00:00",
        author="Sigrid Lunde", wp_category="Opinion",
        title="Opinion: sovereign compute funds are buying the wrong thing",
        tags=["Supercomputers", "Opinion", "Policy"],
        fields=["hpc"], kind="opinion", weight="minor",
        incidental=[Amt("CNY", 8_000_000_000, "CNY 8 billion", "public-programme"),
                    Amt("USD", 500_000_000, "half a billion dollars", "public-programme")],
        cue_traps=["First, (opinion opener)"],
        notes="'half a billion dollars' is written in words; a reader of digits will not see it.",
        markup="h3", box="p", comments="p",
        key_findings=[
            "Governments are racing to fund national AI supercomputers. China has set aside CNY 8 billion "
            "for regional computing hubs, and several European states are spending half a billion dollars "
            "each. Most of that money buys hardware that will be obsolete in four years. Software and "
            "people get a fraction.",
        ],
        details_heading="The argument",
        details=[
            "Depreciation: accelerators lose most of their value within four years.",
            "Skills: few centres have enough staff to use what they buy.",
            "Alternative: fund software and training alongside hardware.",
        ],
        background=(
            "First, the spending is real. National programmes multiplied after 2023. Few have published "
            "utilisation figures."
        ),
        outlook=(
            "Expect more announcements before budgets are set in spring. Auditors will eventually ask what "
            "the machines delivered. The answer will depend on people, not chips."
        ),
        source="https://troy-technical.example/opinion/",
    ),
    Report(
        key="w41-kask-cluster-goes-live",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0420",
        link=f"{P}/2026/10/kask-cluster-goes-live",
        published="2026-10-08T09:00:00+03:00",
        author="Pieter de Graaf",
        title="University cluster ‘Kask’ goes live in Tartu",
        tags=["HPC", "Estonia"],
        fields=["hpc"], kind="launch", weight="minor",
        cue_traps=["goes live (a small cluster)"],
        notes="A small university system; 'goes live' does not make it significant.",
        atom_markup="plain",
        key_findings=[
            "A 48-node cluster at the University of Tartu has gone live for research and teaching, "
            "delivering about 3 petaflops.",
        ],
        outlook="A local upgrade.",
        source="https://ut.example/news/kask",
    ),
    Report(
        key="w41-mixed-precision-study",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0426",
        link=f"{P}/2026/10/mixed-precision-climate-study",
        published="2026-10-12T01:20:00+03:00",
        author="Pieter de Graaf",
        title="Peer-reviewed: mixed precision cuts one climate model’s energy use by a third",
        tags=["Supercomputing", "Climate"],
        fields=["hpc"], kind="research-result", weight="minor",
        cue_traps=["peer-reviewed (a single-code study)"],
        notes="Published 22:20 UTC on Sunday 11 Oct: W41 in UTC, Monday in local time.",
        atom_markup="h4",
        key_findings=[
            "A peer-reviewed study finds that running one European climate model in mixed precision cut "
            "its energy use by 33% with no loss of forecast skill.",
        ],
        outlook="A useful single-code result; other models may differ.",
        source="https://journal.example/gmd-2026-118",
    ),
    # ================================================================== energy: best is notable
    Report(
        key="w41-redgum-ipo",
        feed="rss", post_id=48000, slug="ipo-raises-a-1-1-billion-redgum-hydrogen",
        published="2026-10-05T00:10:00+00:00",
        author="Dominic Achterberg",
        title="IPO raises A$1.1 billion for Pilbara hydrogen developer Redgum",
        tags=["Hydrogen", "IPO", "Australia"],
        fields=["energy"], kind="funding-round", weight="notable",
        headline=Amt("AUD", 1_100_000_000, "A$1.1 billion"),
        incidental=[Amt("AUD", 4_600_000_000, "A$4.6 billion", "valuation")],
        notes="About US$0.7bn: notable, not major. A$4.6 billion is the market value at listing.",
        markup="h2", box="div", comments="h2",
        key_findings=[
            "Redgum Energy raised A$1.1 billion in its initial public offering on the ASX, the largest energy "
            "listing in Australia this year. The shares priced at the top of the range, valuing the company at "
            "A$4.6 billion. The money will fund the first 500 MW electrolyser phase in the Pilbara.",
        ],
        details_heading="Offer",
        details=[
            "Price: 320 Australian cents a share, top of the range.",
            "Demand: the book was covered four times.",
            "Use: electrolysers, solar farm and export-terminal design.",
        ],
        background=(
            "Green-hydrogen projects have struggled to find buyers for their output. Redgum has a "
            "memorandum of understanding with a Japanese utility but no binding offtake. Several rival "
            "projects were shelved in 2025."
        ),
        outlook=(
            "A binding offtake contract is the next milestone. The listing shows investors still back "
            "large hydrogen projects with export customers. First production is planned for 2029."
        ),
        source="https://www.gridwire.example/2026/10/05/redgum-ipo",
    ),
    Report(
        key="w41-entso-draft-code",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0422",
        link=f"{P}/2026/10/draft-grid-forming-code",
        published="2026-10-08T17:00:00+02:00",
        author="Sigrid Lunde",
        title="Draft standard: grid operators propose grid-forming rules for new inverters",
        tags=["Grid", "Standards", "Power"],
        fields=["energy"], kind="other", weight="notable",
        cue_traps=["rule / standard (a draft open for comment, not in force)"],
        notes="A draft standard: notable, not a regulation.",
        atom_markup="strong",
        key_findings=[
            "ENTSO-E has published a draft network code that would require new large inverters to provide "
            "grid-forming capability from 2029. Comments are open until 15 January.",
        ],
        outlook="Not binding yet; final adoption is expected in 2027.",
        source="https://www.gridwire.example/2026/10/08/grid-forming-draft",
    ),
    Report(
        key="w41-hydrogen-subsidies-explainer",
        feed="rss", post_id=48013, slug="explainer-who-pays-for-hydrogen",
        published="2026-10-09T08:00:00+00:00",
        author="Dominic Achterberg", wp_category="Explainers",
        title="Explainer: who pays for hydrogen? Four subsidy schemes, decoded",
        tags=["Clean energy", "Hydrogen", "Policy"],
        fields=["energy"], kind="other", weight="minor",
        incidental=[Amt("EUR", 3_000_000_000, "€3bn", "public-programme"),
                    Amt("GBP", 1_500_000_000, "£1.5bn", "public-programme"),
                    Amt("AUD", 2_000_000_000, "A$2 billion", "public-programme"),
                    Amt("JPY", 300_000_000_000, "¥300bn", "public-programme")],
        cue_traps=["takes effect (a 2025 scheme, history)"],
        notes="Old programme money in four currencies; no news.",
        markup="strong", box="div", comments="h2", kf_heading="Key Findings",
        key_findings=[
            "Four public schemes pay most of the subsidy behind green-hydrogen projects. None is new. Each "
            "pays a premium per kilogram over a fossil benchmark, in different ways.",
        ],
        details_heading="The schemes",
        bullet_labels=False, details_style="paras",
        details=[
            "EU hydrogen bank — auctions that have awarded €3bn since 2024.",
            "UK allocation rounds — contracts backed by £1.5bn, the second of which took effect in 2025.",
            "Australia's production credit — A$2 billion over ten years.",
            "Japan's price-gap support — ¥300bn for imported and domestic hydrogen.",
        ],
        background=(
            "Hydrogen made with renewable power costs two to three times as much as hydrogen from gas. "
            "Subsidies close part of that gap. All four schemes were set up between 2023 and 2025."
        ),
        outlook=(
            "No scheme changed this week. The next EU auction results are due in spring. Projects without "
            "subsidy remain rare."
        ),
        source="https://troy-technical.example/explainers/",
    ),
    Report(
        key="w41-substation-outage",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0427",
        link=f"{P}/2026/10/substation-fire-outage",
        published="2026-10-10T19:00:00+01:00",
        author="Sigrid Lunde",
        title="Substation fire cuts power to 40,000 homes in Kent",
        tags=["Energy", "Outages"],
        fields=["energy"], kind="other", weight="minor",
        atom_markup="h4",
        key_findings=[
            "A fire at a substation in Kent cut power to about 40,000 homes for six hours on Saturday. The "
            "network operator restored supply by rerouting.",
        ],
        outlook="A local incident; an investigation is under way.",
        source="https://www.gridwire.example/2026/10/10/kent-outage",
    ),
    # ================================================================== unfiled
    Report(
        key="w41-skyhop-drone-cleared",
        feed="rss", post_id=48014, slug="caa-clears-skyhop-beyond-line-of-sight",
        published="2026-10-11T23:50:00+00:00",
        author="Lucinda Ferrars",
        title="CAA clears Skyhop for beyond-line-of-sight drone deliveries, a UK first",
        tags=["Drones", "Logistics"],
        fields=[], kind="approval", weight="minor",
        cue_traps=["cleared / first (an approval outside every field)"],
        notes="Drones map to no field. Published at 23:50 UTC on Sunday, the week's last minutes.",
        markup="h3", box="div", comments="h2",
        key_findings=[
            "The UK Civil Aviation Authority has cleared Skyhop to fly delivery drones beyond the pilot's "
            "line of sight without chase aircraft. It is the first such approval in the UK. Flights start "
            "between two hospitals in Devon.",
        ],
        details_heading="Approval",
        details=[
            "Scope: two routes of up to 30 km.",
            "Conditions: detect-and-avoid system and geofencing.",
            "Duration: 12 months, renewable.",
        ],
        background=(
            "Drone deliveries have been limited by line-of-sight rules. Trials ran in Scotland and Cornwall. "
            "Hospitals use them for samples and medicines."
        ),
        outlook=(
            "More operators will apply. The CAA will publish a general framework next year. Noise complaints "
            "are a risk."
        ),
        source="https://www.dronewire.example/2026/10/11/skyhop",
    ),
    Report(
        key="w41-pulsewear-ce-mark",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0428",
        link=f"{P}/2026/10/pulsewear-ce-mark",
        published="2026-10-06T08:00:00+02:00",
        author="Aoife Brennan",
        title="Pulsewear wins CE mark for cuffless blood-pressure wristband",
        tags=["Medtech", "Wearables", "Healthcare"],
        fields=[], kind="approval", weight="minor",
        cue_traps=["CE mark (a device approval outside every field)"],
        notes="Medtech, wearables and healthcare are not field aliases: unfiled.",
        atom_markup="h4",
        key_findings=[
            "Pulsewear has received a CE mark for a wristband that estimates blood pressure continuously "
            "without a cuff. It goes on sale in Germany and France next year.",
        ],
        outlook="Several similar devices are already certified.",
        source="https://pulsewear.example/news/ce-mark",
    ),
]

FIELDS = {
    "quantum": FieldWeek(
        verdict="worth-a-skim",
        reason="Worth a skim: Amagi Electric and Ionforge agreed a ¥120bn joint venture to build trapped-ion "
               "quantum computers in Japan.",
        top1="w41-amagi-ionforge-tieup",
        top3=["w41-amagi-ionforge-tieup"], top3_order="strict",
        must_not_lead=["w41-photonic-loss-preprint"],
        reason_amount=Amt("JPY", 120_000_000_000, "¥120bn"),
        notes="The Nature paper is incremental by its authors' account; the preprint's 'beats previous best' "
              "is unreviewed. The CEO says the tie-up is 'not a breakthrough'.",
    ),
    "ai": FieldWeek(
        verdict="worth-a-skim",
        reason="Worth a skim: Carrow Partners is taking speech-AI firm Tilde private for $820m.",
        top1="w41-carrow-tilde-buyout",
        top3=["w41-carrow-tilde-buyout"], top3_order="strict",
        must_not_lead=["w41-skerry-week-on", "w41-opinion-approval-ratings"],
        reason_amount=Amt("USD", 820_000_000, "$820m"),
        notes="The Skerry-1 follow-up adds nothing. £610m is the same price in sterling (not penalised); "
              "$1.4bn is a past valuation.",
    ),
    "hpc": FieldWeek(
        verdict="skip",
        reason="Skip: a Guinness-certified hackathon, a small cluster going live, a mixed-precision study and a column.",
        must_not_lead=["w41-busan-guinness-hackathon", "w41-opinion-sovereign-compute"],
        notes="Big figures (₩2 trillion, CNY 8 billion, half a billion dollars) are all public-programme money "
              "quoted for context.",
    ),
    "semiconductors": FieldWeek(
        verdict="skip",
        reason="Skip: the Kaiyo–Brockmann piece only restates last week's deal; otherwise a point release and a hire.",
        must_not_lead=["w41-kaiyo-brockmann-week-on"],
        notes="The only big-money story is a follow-up that says it adds nothing; the €2.1bn is last week's.",
    ),
    "biotech": FieldWeek(
        verdict="must-read",
        reason="Must read: the FDA approved Pellane's PL-4, the first gene therapy for CLN2 Batten disease.",
        top1="w41-fda-approves-pellane-pl4",
        top3=["w41-fda-approves-pellane-pl4"], top3_order="strict",
        notes="A single report, and it is major. $260m is a 2024 round.",
    ),
    "energy": FieldWeek(
        verdict="worth-a-skim",
        reason="Worth a skim: Redgum's IPO raised A$1.1 billion for its Pilbara green-hydrogen project; grid "
               "operators also published a draft grid-forming code.",
        top1="w41-redgum-ipo",
        top3=["w41-redgum-ipo", "w41-entso-draft-code"], top3_order="strict",
        must_not_lead=["w41-hydrogen-subsidies-explainer"],
        reason_amount=Amt("AUD", 1_100_000_000, "A$1.1 billion"),
        notes="A$1.1 billion is about US$0.7bn: notable. The explainer's four programme figures are old money.",
    ),
    "space": FieldWeek(
        verdict="must-read",
        reason="Must read: Skua Aerospace's Kittiwake-2 reached orbit on its maiden flight from Sutherland, "
               "releasing six satellites.",
        top1="w41-kittiwake-maiden-flight",
        top3=["w41-kittiwake-maiden-flight"], top3_order="strict",
        notes="The partner copy is the same report. US$3bn is Skua's funding to date.",
    ),
    "cybersecurity": FieldWeek(
        verdict="must-read",
        reason="Must read: the UK ban on ransom payments by public bodies and infrastructure operators came "
               "into effect on Monday.",
        top1="w41-uk-ransom-ban",
        top3=["w41-uk-ransom-ban", "w41-quillgate-patch-followup", "w41-harwick-fine"], top3_order="first-only",
        must_not_lead=["w41-cra-checklist"],
        notes="The ban leads; the Quillgate follow-up adds news (patch, 2,100 compromised devices); the ICO's "
              "£4.8m fine is the headline of its report, the $12m a ransom demand.",
    ),
}
