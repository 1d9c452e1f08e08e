/** One folder's row of the layer table (see eslint-layers.js). */
export interface LayerRule {
  may: string[] | '*';
  types?: string[];
  portsOnly?: boolean;
  why: string;
}
export declare const LAYERS: Record<string, LayerRule>;
export declare function layerOf(path: string): string | null;
export declare const layersPlugin: { rules: Record<string, unknown> };
