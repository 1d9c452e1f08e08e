import type { DemoArticle } from './types.js';

/** Articles in the `maps` section: surveying, projections and datums. */
export const mapsArticles: DemoArticle[] = [
  {
    slug: 'triangles-all-the-way-down',
    title: 'Triangles All the Way Down: How Triangulation Mapped Nations',
    dek: 'Measure one line on the ground very carefully, then measure only angles, and you can map a country.',
    section: 'maps',
    authors: ['ines-calloway'],
    tags: ['measurement', 'history-of-science'],
    publishedAt: '2024-01-16T10:00:00.000Z',
    body: `Measuring distance over land is slow, tiring and error-prone. Measuring angles is comparatively easy: set up an instrument on a hilltop, sight two church spires, and read the angle between them. Triangulation exploits that difference. If you know one side of a triangle and its angles, trigonometry gives you the other two sides, and each of those can serve as the known side of a new triangle. A single carefully measured baseline can, in principle, anchor a chain of triangles across a continent.

## An idea put to work

The method was described in the sixteenth century, but its first large-scale use is usually credited to the Dutch mathematician Willebrord Snellius, who ran a chain of triangles between Alkmaar and Bergen op Zoom to measure the length of a degree of latitude and published the result in 1617.[^1] The French Academy of Sciences took the technique much further. Over more than a century, members of the Cassini family and their collaborators triangulated the whole of France, and the resulting map, built on that framework, was the first of an entire country made to a consistent scientific standard.

## Britain's baseline

Britain came later. In 1784 William Roy measured a baseline of a little over five miles across Hounslow Heath, west of London, first with deal rods and then with glass tubes, because the wooden rods swelled and shrank with the damp. The measurement took months. From that line and a new theodolite built by Jesse Ramsden, with a circle three feet across, grew the Principal Triangulation of Great Britain and, in 1791, the Ordnance Survey.[^2]

## The Great Arc

The most ambitious of these projects began in southern India in 1802 under William Lambton and was carried north for decades by George Everest. The Great Trigonometrical Survey measured an arc of meridian running most of the length of the subcontinent, through jungle, across rivers and up to the Himalaya, where surveyors took sightings on peaks they could not approach. One of those, designated Peak XV, was computed to be the highest mountain in the world and was later named after Everest, who had never seen it.[^3]

## What replaced it

Triangulation dominated national mapping until the second half of the twentieth century, when electronic distance measurement made it easy to measure sides directly, and then satellite positioning made it possible to dispense with line of sight altogether. The concrete pillars left on hilltops by the old surveys survive in many countries as landmarks and, for walkers, as confirmation that they have reached the top.

[^1]: Snellius, Willebrord. *Eratosthenes Batavus*. Leiden, 1617.
[^2]: Hewitt, Rachel. *Map of a Nation: A Biography of the Ordnance Survey*. Granta, 2010, chs. 3–4.
[^3]: Keay, John. *The Great Arc: The Dramatic Tale of How India Was Mapped and Everest Was Named*. HarperCollins, 2000.`,
  },
  {
    slug: 'mercators-compromise',
    title: 'Mercator’s Compromise',
    dek: 'The most familiar map of the world was designed for sailors, not for comparing the sizes of countries, and it is still doing the job it was built for.',
    section: 'maps',
    authors: ['ines-calloway'],
    tags: ['navigation', 'history-of-science'],
    publishedAt: '2024-07-02T15:30:00.000Z',
    body: `No flat map can show the surface of a sphere without distortion. Every map projection chooses what to keep and what to give up: true areas, true shapes over small regions, true distances from one point, true directions. Gerardus Mercator's choice, made for a world map he published in Duisburg in 1569, was to keep one thing that mattered above all to navigators.

## Straight courses

A ship that holds a constant compass bearing does not sail a straight line on the globe. It follows a rhumb line, a curve that crosses every meridian at the same angle and, if followed far enough, spirals toward a pole. Mercator's projection is built so that every rhumb line appears as a straight line. A navigator could lay a ruler between two ports, read the bearing off the chart with a protractor, and steer it.

To make that work, the meridians are drawn as parallel vertical lines, which stretches everything east to west more and more toward the poles, and the parallels of latitude are spaced further and further apart to stretch north to south by the same amount. Shapes of small areas are preserved; sizes are not. At sixty degrees of latitude, lengths are doubled and areas quadrupled, and the poles cannot be shown at all.[^1]

## The mathematics came later

Mercator seems to have constructed his spacing of the parallels by careful approximation rather than by formula. The mathematical basis was published by the English mathematician Edward Wright in 1599, with a table that let others draw the projection accurately.[^2]

## The map wars

Because the projection inflates high latitudes, Greenland looks roughly the size of Africa, which is in fact about fourteen times larger. For a wall map of the world that is a serious flaw, and in the 1970s the historian Arno Peters argued, loudly, that the Mercator map distorted readers' sense of the importance of the tropics. His proposed equal-area alternative had been described by James Gall more than a century earlier, and cartographers objected to much of his case, but the argument brought the problem to a wide audience.[^3]

Professional cartographers had largely abandoned Mercator for world maps by then, preferring compromise projections. Yet the projection has had a second life online: most web maps use a variant of it, because it keeps street corners square at every zoom level. For finding your way across a city, that is exactly the right compromise.

[^1]: Snyder, John P. *Flattening the Earth: Two Thousand Years of Map Projections*. University of Chicago Press, 1993, pp. 43–49. The stretching factor at latitude φ is 1/cos φ in each direction.
[^2]: Wright, Edward. *Certaine Errors in Navigation*. Valentine Sims, London, 1599.
[^3]: Monmonier, Mark. *Rhumb Lines and Map Wars: A Social History of the Mercator Projection*. University of Chicago Press, 2004.`,
  },
  {
    slug: 'benchmarks-beneath-your-feet',
    title: 'Benchmarks: The Little Brass Disks Beneath Your Feet',
    dek: 'Every height on a flood map traces back to a marked point on the ground, and those points are quietly disappearing.',
    section: 'maps',
    authors: ['ines-calloway'],
    tags: ['measurement', 'infrastructure'],
    publishedAt: '2025-06-10T09:40:00.000Z',
    body: `Look down at the base of an old post office, a bridge abutment or a courthouse step and you may find a small brass disk set into the stone, stamped with a number and the words *do not disturb*. It is a benchmark, a point whose height has been measured precisely and recorded, so that anyone who needs to know how high something is can start from it.

## Heights need a starting point

A height only means something relative to a reference surface, called a vertical datum. Most national datums are tied, one way or another, to mean sea level. Great Britain's, for instance, is based on the average of hourly tide readings at Newlyn in Cornwall between 1915 and 1921, and every official height in the country descends from that average through a network of benchmarks.[^1]

Carrying a height from the coast to an inland town is done by levelling. A surveyor sets up a level between two graduated staffs, reads each, and takes the difference; then the rear staff leapfrogs forward and the process repeats, a few dozen metres at a time, for kilometres. Lines are run out and back, and the two results must agree within a tolerance that depends on the distance.[^2]

## Kessmere's network

Kessmere has its own city datum, set in 1908 and still used in the utility's oldest drawings, and a register of 412 city benchmarks. The register matters more than it sounds. Sewers in the lower districts flow by gravity on slopes of a few centimetres in a hundred metres, and flood maps distinguish between properties by a few tens of centimetres of height.[^3]

The register also records losses. About a fifth of the benchmarks listed in 1975 have since been destroyed, buried or paved over, mostly during road and building work. Each one lost makes the next survey in that area longer and more expensive.

## A slow replacement

Satellite positioning now provides heights directly, but those heights are relative to a mathematical model of the Earth rather than to sea level, and converting between the two requires a model of the geoid, the surface sea level would follow if it extended under the land. As those models improve, national agencies are gradually shifting their datums away from physical marks. The brass disks will outlive their purpose, but not, their keepers hope, just yet.

[^1]: Ordnance Survey. *A Guide to Coordinate Systems in Great Britain*. Ordnance Survey, Southampton, revised edition.
[^2]: The allowable misclosure is usually expressed as a constant times the square root of the length of the line in kilometres, since random errors accumulate with the square root of the number of set-ups.
[^3]: City of Kessmere, Office of the City Engineer. *Benchmark Register and Vertical Control Report*. 2024. https://engineering.kessmere.example.org/survey/benchmarks/register-2024.pdf`,
  },
  {
    slug: 'contour-lines-and-the-people-who-drew-them',
    title: 'Contour Lines and the People Who Drew Them',
    dek: 'A line joining points of equal height seems obvious now; it took a sounding chart, a mountain and an experiment on gravity to make it so.',
    section: 'maps',
    authors: ['ines-calloway'],
    tags: ['history-of-science', 'measurement'],
    publishedAt: '2027-01-15T09:00:00.000Z',
    status: 'scheduled',
    body: `Open a walking map and the hills are drawn as nested loops, each one a line joining points at the same height. Close together, they mean steep ground; far apart, gentle slopes. The convention is so familiar that it is easy to forget that for most of the history of mapmaking, nobody used it on land.

## Under the water first

The earliest lines of equal depth appeared on charts of water, where soundings had given mapmakers plenty of numbers to connect. In the early eighteenth century the Dutch engineer Nicolaas Cruquius drew lines of equal depth on a survey of the river Merwede, and in 1752 the French geographer Philippe Buache published a chart of the English Channel with depth contours.[^robinson] On land, mapmakers preferred hachures, short strokes drawn along the direction of slope, which gave a vivid impression of relief but no actual heights.

## A mountain in Perthshire

The decisive step on land came from an experiment that had nothing to do with mapping. In 1774 Nevil Maskelyne, the Astronomer Royal, measured how far the mass of the Scottish mountain Schiehallion deflected a plumb line, in order to estimate the density of the Earth. To turn his measurement into a density, someone had to calculate the mountain's volume and mass from hundreds of surveyed heights. The mathematician Charles Hutton, given that job, found it helpful to connect points of equal height with lines, and saw that the lines revealed the mountain's shape at a glance.[^hutton]

## Slow adoption

Contours spread slowly. They required far more surveyed heights than hachures did, and they were harder to read for people used to the older style. National surveys added them through the nineteenth century, often alongside hachures at first, and by the twentieth century they had become the standard way of showing terrain on topographic maps.[^hewitt]

Today most contours are generated by software from elevation models built with airborne laser scanning, and they are accurate to a degree Hutton could not have imagined. The idea, though, is his, and it began as a way to weigh a mountain.

[^robinson]: Robinson, Arthur H. "The Genealogy of the Isopleth." *The Cartographic Journal*, vol. 8, no. 1, 1971, pp. 49–53.
[^hutton]: Hutton, Charles. "An Account of the Calculations Made from the Survey and Measures Taken at Schehallien." *Philosophical Transactions of the Royal Society of London*, vol. 68, 1778, pp. 689–788.
[^hewitt]: Hewitt, Rachel. *Map of a Nation: A Biography of the Ordnance Survey*. Granta, 2010.`,
  },
];
