// The annotation format of the guidelines (documents → items → entities and relations), shared
// by gold files and by this system's output.

export interface AnnotatedEntity {
  type: string;
  name: string;
  aliases?: string[];
  alt_types?: string[];
  optional?: boolean;
}

export interface AnnotatedRelation {
  type: string;
  source: string;
  target: string;
  role?: string;
  optional?: boolean;
}

export interface AnnotatedItem {
  item: string;
  title: string;
  entities: AnnotatedEntity[];
  relations: AnnotatedRelation[];
}

export interface AnnotatedDocument {
  doc: string;
  items: AnnotatedItem[];
}
