// Types of scripts/build-viewer.mjs for the TypeScript tests that build the viewer bundle.
export declare const VIEWER_ENTRY: string;
export declare const VIEWER_BUNDLE: string;
export declare function buildViewer(options?: { outfile?: string }): Promise<string>;
