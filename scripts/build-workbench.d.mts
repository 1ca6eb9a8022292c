export declare const WORKBENCH_DIR: string;
export declare function buildWorkbench(options?: { outdir?: string }): Promise<string>;
