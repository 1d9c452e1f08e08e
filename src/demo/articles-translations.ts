import type { DemoArticle } from './types.js';

/** Translations of demo articles (the demo site also publishes in French: its pages show a language switcher). */
export const translatedArticles: DemoArticle[] = [
  {
    slug: 'des-triangles-a-perte-de-vue',
    title: 'Des triangles à perte de vue : la carte des nations',
    dek: 'Mesurer une seule ligne au sol avec un soin extrême, puis ne plus mesurer que des angles : ainsi peut-on dresser la carte d’un pays.',
    section: 'maps',
    authors: ['ines-calloway'],
    tags: ['measurement', 'history-of-science'],
    publishedAt: '2024-01-18T10:00:00.000Z',
    language: 'fr',
    translationOf: 'triangles-all-the-way-down',
    body: `Mesurer une distance sur le terrain est lent et sujet à l’erreur ; mesurer un angle est bien plus simple. La triangulation tire parti de cette différence : connaissant un côté d’un triangle et ses angles, la trigonométrie donne les deux autres côtés, qui servent à leur tour de base à de nouveaux triangles.

## Une méthode mise à l’épreuve

Le Néerlandais Willebrord Snellius relie ainsi Alkmaar à Bergen op Zoom par une chaîne de triangles et publie en 1617 sa mesure d’un degré de latitude.[^1] En France, l’Académie des sciences et la famille Cassini couvrent tout le royaume d’un réseau de triangles, socle de la première carte d’un pays entier dressée selon une même rigueur.

## La base de Hounslow

En 1784, William Roy mesure près de Londres une base d’un peu plus de cinq milles, d’abord avec des règles de bois puis avec des tubes de verre, l’humidité faisant jouer le bois. De cette base naît la triangulation principale de la Grande-Bretagne, puis l’Ordnance Survey.[^2]

## Le Grand Arc

En Inde, à partir de 1802, William Lambton puis George Everest mesurent un arc de méridien sur presque toute la longueur du sous-continent ; l’un des sommets visés de loin, le « Peak XV », se révélera le plus haut du monde.[^3]

[^1]: Snellius, Willebrord. *Eratosthenes Batavus*. Leyde, 1617.
[^2]: Hewitt, Rachel. *Map of a Nation: A Biography of the Ordnance Survey*. Granta, 2010, chap. 3–4.
[^3]: Keay, John. *The Great Arc*. HarperCollins, 2000.`,
  },
];
