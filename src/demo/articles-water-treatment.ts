import type { DemoArticle } from './types.js';

/**
 * Articles in the nested `water-treatment` section (child of `water`).
 * The Kessmere utility and its documents are invented.
 */
export const waterTreatmentArticles: DemoArticle[] = [
  {
    slug: 'inside-the-orrin-street-plant',
    title: 'From River to Tap: Inside the Orrin Street Plant',
    dek: 'Water from the Tolland River spends about six hours in Kessmere’s main treatment plant; here is what happens to it along the way.',
    section: 'water-treatment',
    authors: ['maren-oduya'],
    tags: ['engineering', 'public-health'],
    publishedAt: '2024-05-21T13:00:00.000Z',
    body: `The Orrin Street plant sits on a bend of the Tolland River, a long brick building from 1931 with a newer concrete wing behind it. On an average day it treats about 48 million litres, a little more than half of what Kessmere uses.[^1] The process inside is conventional, in the technical sense: it is the same sequence of steps used by thousands of surface-water plants, refined over more than a century.

## The sequence

1. **Screening.** At the intake, bar screens and then finer travelling screens remove leaves, branches and the occasional fish.
2. **Coagulation.** A coagulant, aluminium sulfate in Kessmere's case, is mixed in rapidly. It neutralises the electrical charges that keep tiny particles of clay and organic matter apart.
3. **Flocculation.** In a series of slowly stirred basins, those particles collide and stick together into larger clumps called floc.
4. **Sedimentation.** The water moves slowly through long settling tanks, and most of the floc sinks to the bottom, where it is scraped away as sludge.
5. **Filtration.** What remains passes down through beds of anthracite coal over sand, which trap the smaller particles that did not settle.
6. **Disinfection.** Chlorine is added and the water is held in a contact tank long enough to inactivate bacteria and viruses.
7. **Conditioning.** The pH is adjusted and a corrosion inhibitor added before the water is pumped out to the city.

Each of these steps is described at length in the standard engineering texts; the plant's own operating manual runs to several hundred pages.[^2]

## What the operators watch

The number operators talk about most is turbidity, the cloudiness of water, measured by how much light it scatters. KPU aims to keep filtered water below 0.1 nephelometric turbidity units, well under the regulatory limit. Turbidity matters not because cloudiness itself is harmful but because particles can shield microorganisms from disinfection, so a rise in turbidity is an early warning that something upstream in the process has gone wrong.[^3]

## The part nobody visits

Behind the plant are the sludge lagoons and the filter backwash system. Every filter is cleaned every day or two by pumping water backwards through it, and the dirty backwash water is recycled to the head of the plant. It is the least photogenic part of the tour and, according to the plant superintendent, the part that most often decides whether a day goes well.

[^1]: Kessmere Public Utilities. *Orrin Street Water Treatment Plant Fact Sheet*. KPU, 2023. https://www.kessmere.example.org/utilities/facilities/orrin-street-fact-sheet.html
[^2]: Crittenden, John C., R. Rhodes Trussell, David W. Hand, Kerry J. Howe, and George Tchobanoglous. *MWH's Water Treatment: Principles and Design*. 3rd ed., John Wiley & Sons, 2012, chs. 9–11.
[^3]: A nephelometer shines a beam through a sample and measures the light scattered at ninety degrees; clearer water scatters less.`,
  },
  {
    slug: 'why-kessmere-switched-to-chloramine',
    title: 'Why Kessmere Switched to Chloramine',
    dek: 'A change in the disinfectant that protects water on its way through the pipes solved one problem and created a few smaller ones.',
    section: 'water-treatment',
    authors: ['maren-oduya'],
    tags: ['public-health', 'engineering'],
    publishedAt: '2025-04-22T12:20:00.000Z',
    body: `In the spring of 2021 Kessmere changed the chemical that keeps its tap water safe between the plant and the tap. For decades the utility had relied on free chlorine for the whole journey. It now uses free chlorine at the plant and then adds a small amount of ammonia, which combines with the chlorine to form monochloramine.[^memo] Most residents never noticed. Some who did were aquarium owners.

## The problem chlorine created

Chlorine is an excellent disinfectant, but it reacts with natural organic matter left in the water to form disinfection byproducts, chief among them trihalomethanes and haloacetic acids. The longer water sits in the pipes, the more byproducts form. In Kessmere's northern districts, at the far end of a long network, water can take five days to reach a tap, and samples there had been creeping toward the limits.[^memo]

Chloramine reacts far more slowly. It forms much lower levels of those byproducts and lasts longer in the pipes, so a protective residual reaches the far ends of the system. The trade-off is that it is a weaker disinfectant, which is why the plant still uses free chlorine for primary disinfection and only converts to chloramine on the way out.[^who]

## The side effects

- **Fish.** Chloramine is toxic to fish and, unlike chlorine, does not dissipate if water is left to stand. Aquarium owners need a conditioner that neutralises it.
- **Dialysis.** Kidney dialysis machines must remove chloramine from the water they use. The utility notified every dialysis provider in the city months ahead of the change.
- **Nitrification.** The ammonia in chloramine can feed bacteria in dead-end pipes, which eat into the disinfectant residual. Once a year KPU switches back to free chlorine for about four weeks to reset the system, which is why the water sometimes smells more strongly of chlorine in April.[^burn]

## Did it work?

Byproduct levels in the northern districts fell by roughly two-thirds in the first year, according to the utility's quarterly monitoring. Complaints about taste and odour rose briefly, then fell below their previous level.

[^memo]: Kessmere Public Utilities, Water Quality Division. "Exhibit C: Chloramine Conversion Technical Memorandum (Final, Revised)." Attachment to the minutes of the Utility Board meeting of 17 March 2021. https://records.kessmere.example.org/utilities/water-quality/disinfection/2021/board-minutes/attachments/exhibit-c-chloramine-conversion-technical-memorandum-final-revised.pdf?session=2021-03-17&agenda-item=7b&format=pdf&download=1&source=public-records-portal&ref=utility-board-archive-search-results-page-3 (accessed 9 April 2025).
[^who]: World Health Organization. *Guidelines for Drinking-water Quality*. 4th ed. incorporating the first addendum, WHO, 2017. The guideline value for monochloramine is 3 mg/L, well above the concentrations used in distribution.
[^burn]: Utilities call this a free chlorine conversion or, informally, a chlorine burn. It is routine practice in chloraminated systems.`,
  },
  {
    slug: 'lead-service-line-inventory-explained',
    title: 'The Lead Service Line Inventory, Explained',
    dek: 'Kessmere has published a map of every water service pipe it knows about, and of the many thousands it doesn’t.',
    section: 'water-treatment',
    authors: ['desmond-achterberg'],
    tags: ['public-health', 'open-data', 'infrastructure'],
    publishedAt: '2025-10-14T15:10:00.000Z',
    updatedAt: '2026-03-30T08:00:00.000Z',
    body: `A service line is the pipe that runs from the water main under the street to a building's meter. In Kessmere, as in most older cities, many of those pipes laid before the 1940s were made of lead, which is soft, easy to bend around obstacles and lasts for decades. The city has now published an inventory of all 61,400 of them, and the headline numbers look like this.[^1]

| Material | Service lines | Share |
| --- | --- | --- |
| Lead | 6,850 | 11% |
| Galvanised, downstream of lead | 1,930 | 3% |
| Not lead (copper, plastic, iron) | 41,420 | 68% |
| Unknown | 11,200 | 18% |

## Why "unknown" is the biggest problem

The utility's records for pipes installed before 1950 are patchy, and the portion of a service line on private property was often never recorded at all. An unknown line has to be treated as possibly lead until someone digs it up or looks at it where it enters the basement. The inventory lets residents submit a photo of their pipe, and about 2,600 lines were reclassified that way in the first six months.

## Why the water is not simply poisonous

Lead pipes leach lead when water is corrosive to them. Kessmere adds orthophosphate at the treatment plant, which builds up a thin mineral scale on the inside of pipes and keeps the lead from dissolving. The approach works well as long as water chemistry stays stable; it is when chemistry changes abruptly that trouble starts.[^2]

## Partial replacements

The city owns the part of the line between the main and the curb; the property owner owns the rest. Replacing only the public part can disturb the remaining lead and briefly raise levels at the tap, so the utility now offers to replace both sides at once, with the private portion paid for from a grant-funded programme.

Cities fought over lead pipes more than a century ago, when their dangers were already suspected, and chose them anyway because they were cheap and durable.[^3] The inventory is, in part, an accounting of that choice.

*Updated March 2026 with revised counts after the first round of resident submissions.*

[^1]: Kessmere Public Utilities. "Service Line Material Inventory" (open dataset, updated quarterly). https://data.kessmere.example.org/datasets/service-line-inventory?format=csv
[^2]: The World Health Organization's provisional guideline value for lead in drinking water is 10 µg/L and it notes that no safe level of exposure is known. World Health Organization. *Guidelines for Drinking-water Quality*. 4th ed. incorporating the first addendum, WHO, 2017.
[^3]: For the history of how cities chose lead pipes despite early warnings, see Troesken, Werner. *The Great Lead Water Pipe Disaster*. MIT Press, 2006.`,
  },
];
