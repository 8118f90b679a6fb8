CREATE TABLE "editor_presence" (
	"article_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "editor_presence_article_id_user_id_pk" PRIMARY KEY("article_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "article_publications" ADD COLUMN "search_head" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "article_publications" ADD COLUMN "search_body" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "article_publications" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (CASE WHEN language = 'en' THEN setweight(to_tsvector('english', search_head), 'A') || setweight(to_tsvector('english', search_body), 'B') ELSE setweight(to_tsvector('simple', search_head), 'A') || setweight(to_tsvector('simple', search_body), 'B') END) STORED;--> statement-breakpoint
ALTER TABLE "editor_presence" ADD CONSTRAINT "editor_presence_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "editor_presence" ADD CONSTRAINT "editor_presence_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "article_publications_search_idx" ON "article_publications" USING gin ("search_vector");