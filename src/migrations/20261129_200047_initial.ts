import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`articles_press_coverage\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`outlet\` text,
  	\`language\` text,
  	\`date\` text,
  	\`headline\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_press_coverage_order_idx\` ON \`articles_press_coverage\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_press_coverage_parent_id_idx\` ON \`articles_press_coverage\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_press_coverage_parent_lookup_idx\` ON \`articles_press_coverage\` (\`_parent_id\`,\`_order\`);`)
  await db.run(sql`CREATE TABLE \`articles_change_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_change_history_order_idx\` ON \`articles_change_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_change_history_parent_id_idx\` ON \`articles_change_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_change_history_parent_lookup_idx\` ON \`articles_change_history\` (\`_parent_id\`,\`_order\`);`)
  await db.run(sql`CREATE TABLE \`articles_change_history_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles_change_history\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_change_history_locales_locale_parent_id_unique\` ON \`articles_change_history_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_change_history_locales_parent_lookup_idx\` ON \`articles_change_history_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_live_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_live_locales_order_idx\` ON \`articles_live_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_live_locales_parent_idx\` ON \`articles_live_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_live_locales_parent_lookup_idx\` ON \`articles_live_locales\` (\`parent_id\`,\`order\`);`)
  await db.run(sql`CREATE TABLE \`articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`type\` text DEFAULT 'news-story',
  	\`hero_image_id\` integer,
  	\`hero_credit\` text,
  	\`section_id\` integer,
  	\`published_at\` text,
  	\`byline\` text,
  	\`launch_event_id\` integer,
  	\`seo_share_image_id\` integer,
  	\`editorial_submitted_by_id\` integer,
  	\`editorial_submitted_at\` text,
  	\`editorial_reviewed_by_id\` integer,
  	\`editorial_corrected_by_id\` integer,
  	\`editorial_review_comment\` text,
  	\`editorial_force_publish_reason\` text,
  	\`editorial_publish_at\` text,
  	\`editorial_unpublish_at\` text,
  	\`editorial_job_error\` text,
  	\`withdrawal_withdrawn_at\` text,
  	\`withdrawal_reason\` text,
  	\`change_kind\` text,
  	\`source_fingerprint\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`section_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`launch_event_id\`) REFERENCES \`launch_events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`seo_share_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`editorial_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`editorial_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`editorial_corrected_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_workflow_state_idx\` ON \`articles\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`articles_type_idx\` ON \`articles\` (\`type\`);`)
  await db.run(sql`CREATE INDEX \`articles_hero_hero_image_idx\` ON \`articles\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_section_idx\` ON \`articles\` (\`section_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_published_at_idx\` ON \`articles\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_launch_event_idx\` ON \`articles\` (\`launch_event_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_seo_seo_share_image_idx\` ON \`articles\` (\`seo_share_image_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_editorial_editorial_submitted_by_idx\` ON \`articles\` (\`editorial_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_editorial_editorial_reviewed_by_idx\` ON \`articles\` (\`editorial_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_editorial_editorial_corrected_by_idx\` ON \`articles\` (\`editorial_corrected_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`publishedAt_createdAt_idx\` ON \`articles\` (\`published_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`section_publishedAt_idx\` ON \`articles\` (\`section_id\`,\`published_at\`);`)
  await db.run(sql`CREATE TABLE \`articles_locales\` (
  	\`title\` text,
  	\`slug\` text,
  	\`standfirst\` text,
  	\`body\` text,
  	\`hero_caption\` text,
  	\`reading_time\` numeric,
  	\`seo_meta_title\` text,
  	\`seo_meta_description\` text,
  	\`withdrawal_explanation\` text,
  	\`change_note\` text,
  	\`search_text\` text,
  	\`translation_status\` text,
  	\`translation_fingerprint_at_done\` text,
  	\`translation_done_at\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_slug_idx\` ON \`articles_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_locales_locale_parent_id_unique\` ON \`articles_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_locales_parent_lookup_idx\` ON \`articles_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	\`locale\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_texts_order_parent\` ON \`articles_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_texts_locale_parent\` ON \`articles_texts\` (\`locale\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_texts_parent_lookup_idx\` ON \`articles_texts\` (\`parent_id\`,\`order\`);`)
  await db.run(sql`CREATE TABLE \`articles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`locale\` text,
  	\`users_id\` integer,
  	\`articles_id\` integer,
  	\`quotes_id\` integer,
  	\`organisations_id\` integer,
  	\`launch_events_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`quotes_id\`) REFERENCES \`quotes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`launch_events_id\`) REFERENCES \`launch_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_rels_order_idx\` ON \`articles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_parent_idx\` ON \`articles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_path_idx\` ON \`articles_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_locale_idx\` ON \`articles_rels\` (\`locale\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_users_id_idx\` ON \`articles_rels\` (\`users_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_articles_id_idx\` ON \`articles_rels\` (\`articles_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_quotes_id_idx\` ON \`articles_rels\` (\`quotes_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_organisations_id_idx\` ON \`articles_rels\` (\`organisations_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_launch_events_id_idx\` ON \`articles_rels\` (\`launch_events_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_parent_lookup_idx\` ON \`articles_rels\` (\`parent_id\`,\`order\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_press_coverage\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`outlet\` text,
  	\`language\` text,
  	\`date\` text,
  	\`headline\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_press_coverage_order_idx\` ON \`_articles_v_version_press_coverage\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_press_coverage_parent_id_idx\` ON \`_articles_v_version_press_coverage\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_press_coverage_parent_lookup_idx\` ON \`_articles_v_version_press_coverage\` (\`_parent_id\`,\`_order\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_change_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_change_history_order_idx\` ON \`_articles_v_version_change_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_change_history_parent_id_idx\` ON \`_articles_v_version_change_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_change_history_parent_lookup_idx\` ON \`_articles_v_version_change_history\` (\`_parent_id\`,\`_order\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_change_history_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v_version_change_history\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_articles_v_version_change_history_locales_locale_parent_id_\` ON \`_articles_v_version_change_history_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_change_history_locales_parent_lookup_idx\` ON \`_articles_v_version_change_history_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_live_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_live_locales_order_idx\` ON \`_articles_v_version_live_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_live_locales_parent_idx\` ON \`_articles_v_version_live_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_live_locales_parent_lookup_idx\` ON \`_articles_v_version_live_locales\` (\`parent_id\`,\`order\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_type\` text DEFAULT 'news-story',
  	\`version_hero_image_id\` integer,
  	\`version_hero_credit\` text,
  	\`version_section_id\` integer,
  	\`version_published_at\` text,
  	\`version_byline\` text,
  	\`version_launch_event_id\` integer,
  	\`version_seo_share_image_id\` integer,
  	\`version_editorial_submitted_by_id\` integer,
  	\`version_editorial_submitted_at\` text,
  	\`version_editorial_reviewed_by_id\` integer,
  	\`version_editorial_corrected_by_id\` integer,
  	\`version_editorial_review_comment\` text,
  	\`version_editorial_force_publish_reason\` text,
  	\`version_editorial_publish_at\` text,
  	\`version_editorial_unpublish_at\` text,
  	\`version_editorial_job_error\` text,
  	\`version_withdrawal_withdrawn_at\` text,
  	\`version_withdrawal_reason\` text,
  	\`version_change_kind\` text,
  	\`version_source_fingerprint\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_section_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_launch_event_id\`) REFERENCES \`launch_events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_seo_share_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_editorial_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_editorial_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_editorial_corrected_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_workflow_state_idx\` ON \`_articles_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_type_idx\` ON \`_articles_v\` (\`version_type\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_hero_version_hero_image_idx\` ON \`_articles_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_section_idx\` ON \`_articles_v\` (\`version_section_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_published_at_idx\` ON \`_articles_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_launch_event_idx\` ON \`_articles_v\` (\`version_launch_event_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_seo_version_seo_share_image_idx\` ON \`_articles_v\` (\`version_seo_share_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_editorial_version_editorial_submitte_idx\` ON \`_articles_v\` (\`version_editorial_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_editorial_version_editorial_reviewed_idx\` ON \`_articles_v\` (\`version_editorial_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_editorial_version_editorial_correcte_idx\` ON \`_articles_v\` (\`version_editorial_corrected_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_snapshot_idx\` ON \`_articles_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_published_locale_idx\` ON \`_articles_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_autosave_idx\` ON \`_articles_v\` (\`autosave\`);`)
  await db.run(sql`CREATE INDEX \`version_publishedAt_version_createdAt_idx\` ON \`_articles_v\` (\`version_published_at\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`version_section_version_publishedAt_idx\` ON \`_articles_v\` (\`version_section_id\`,\`version_published_at\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_locales\` (
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_standfirst\` text,
  	\`version_body\` text,
  	\`version_hero_caption\` text,
  	\`version_reading_time\` numeric,
  	\`version_seo_meta_title\` text,
  	\`version_seo_meta_description\` text,
  	\`version_withdrawal_explanation\` text,
  	\`version_change_note\` text,
  	\`version_search_text\` text,
  	\`version_translation_status\` text,
  	\`version_translation_fingerprint_at_done\` text,
  	\`version_translation_done_at\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v_locales\` (\`version_slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_articles_v_locales_locale_parent_id_unique\` ON \`_articles_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_locales_parent_lookup_idx\` ON \`_articles_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	\`locale\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_texts_order_parent\` ON \`_articles_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_texts_locale_parent\` ON \`_articles_v_texts\` (\`locale\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_texts_parent_lookup_idx\` ON \`_articles_v_texts\` (\`parent_id\`,\`order\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`locale\` text,
  	\`users_id\` integer,
  	\`articles_id\` integer,
  	\`quotes_id\` integer,
  	\`organisations_id\` integer,
  	\`launch_events_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`quotes_id\`) REFERENCES \`quotes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`launch_events_id\`) REFERENCES \`launch_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_order_idx\` ON \`_articles_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_parent_idx\` ON \`_articles_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_path_idx\` ON \`_articles_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_locale_idx\` ON \`_articles_v_rels\` (\`locale\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_users_id_idx\` ON \`_articles_v_rels\` (\`users_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_articles_id_idx\` ON \`_articles_v_rels\` (\`articles_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_quotes_id_idx\` ON \`_articles_v_rels\` (\`quotes_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_organisations_id_idx\` ON \`_articles_v_rels\` (\`organisations_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_launch_events_id_idx\` ON \`_articles_v_rels\` (\`launch_events_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_parent_lookup_idx\` ON \`_articles_v_rels\` (\`parent_id\`,\`order\`);`)
  await db.run(sql`CREATE TABLE \`launch_events_partners\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`organisation_id\` integer,
  	\`role\` text DEFAULT 'partner',
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`launch_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`launch_events_partners_order_idx\` ON \`launch_events_partners\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`launch_events_partners_parent_id_idx\` ON \`launch_events_partners\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`launch_events_partners_organisation_idx\` ON \`launch_events_partners\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`launch_events_partners_parent_lookup_idx\` ON \`launch_events_partners\` (\`_parent_id\`,\`_order\`);`)
  await db.run(sql`CREATE TABLE \`launch_events_agenda\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`starts_at\` text,
  	\`startsat_tz\` text DEFAULT 'Africa/Casablanca',
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`launch_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`launch_events_agenda_order_idx\` ON \`launch_events_agenda\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`launch_events_agenda_parent_id_idx\` ON \`launch_events_agenda\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`launch_events_agenda_parent_lookup_idx\` ON \`launch_events_agenda\` (\`_parent_id\`,\`_order\`);`)
  await db.run(sql`CREATE TABLE \`launch_events_agenda_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`launch_events_agenda\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`launch_events_agenda_locales_locale_parent_id_unique\` ON \`launch_events_agenda_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`launch_events_agenda_locales_parent_lookup_idx\` ON \`launch_events_agenda_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`launch_events_press_coverage\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`outlet\` text,
  	\`language\` text,
  	\`date\` text,
  	\`headline\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`launch_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`launch_events_press_coverage_order_idx\` ON \`launch_events_press_coverage\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`launch_events_press_coverage_parent_id_idx\` ON \`launch_events_press_coverage\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`launch_events_press_coverage_parent_lookup_idx\` ON \`launch_events_press_coverage\` (\`_parent_id\`,\`_order\`);`)
  await db.run(sql`CREATE TABLE \`launch_events_change_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`launch_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`launch_events_change_history_order_idx\` ON \`launch_events_change_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`launch_events_change_history_parent_id_idx\` ON \`launch_events_change_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`launch_events_change_history_parent_lookup_idx\` ON \`launch_events_change_history\` (\`_parent_id\`,\`_order\`);`)
  await db.run(sql`CREATE TABLE \`launch_events_change_history_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`launch_events_change_history\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`launch_events_change_history_locales_locale_parent_id_unique\` ON \`launch_events_change_history_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`launch_events_change_history_locales_parent_lookup_idx\` ON \`launch_events_change_history_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`launch_events_live_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`launch_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`launch_events_live_locales_order_idx\` ON \`launch_events_live_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`launch_events_live_locales_parent_idx\` ON \`launch_events_live_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`launch_events_live_locales_parent_lookup_idx\` ON \`launch_events_live_locales\` (\`parent_id\`,\`order\`);`)
  await db.run(sql`CREATE TABLE \`launch_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`starts_at\` text,
  	\`startsat_tz\` text DEFAULT 'Africa/Casablanca',
  	\`ends_at\` text,
  	\`endsat_tz\` text DEFAULT 'Africa/Casablanca',
  	\`status\` text DEFAULT 'planned',
  	\`venue_latitude\` numeric,
  	\`venue_longitude\` numeric,
  	\`organiser_id\` integer,
  	\`livestream_url\` text,
  	\`registration_url\` text,
  	\`seo_share_image_id\` integer,
  	\`editorial_submitted_by_id\` integer,
  	\`editorial_submitted_at\` text,
  	\`editorial_reviewed_by_id\` integer,
  	\`editorial_corrected_by_id\` integer,
  	\`editorial_review_comment\` text,
  	\`editorial_force_publish_reason\` text,
  	\`editorial_publish_at\` text,
  	\`editorial_unpublish_at\` text,
  	\`editorial_job_error\` text,
  	\`withdrawal_withdrawn_at\` text,
  	\`withdrawal_reason\` text,
  	\`change_kind\` text,
  	\`source_fingerprint\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`organiser_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`seo_share_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`editorial_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`editorial_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`editorial_corrected_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`launch_events_workflow_state_idx\` ON \`launch_events\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`launch_events_starts_at_idx\` ON \`launch_events\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`launch_events_status_idx\` ON \`launch_events\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`launch_events_organiser_idx\` ON \`launch_events\` (\`organiser_id\`);`)
  await db.run(sql`CREATE INDEX \`launch_events_seo_seo_share_image_idx\` ON \`launch_events\` (\`seo_share_image_id\`);`)
  await db.run(sql`CREATE INDEX \`launch_events_editorial_editorial_submitted_by_idx\` ON \`launch_events\` (\`editorial_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`launch_events_editorial_editorial_reviewed_by_idx\` ON \`launch_events\` (\`editorial_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`launch_events_editorial_editorial_corrected_by_idx\` ON \`launch_events\` (\`editorial_corrected_by_id\`);`)
  await db.run(sql`CREATE INDEX \`launch_events_updated_at_idx\` ON \`launch_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`launch_events_created_at_idx\` ON \`launch_events\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`launch_events__status_idx\` ON \`launch_events\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`launch_events_locales\` (
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`venue_name\` text,
  	\`venue_city\` text,
  	\`venue_address\` text,
  	\`seo_meta_title\` text,
  	\`seo_meta_description\` text,
  	\`withdrawal_explanation\` text,
  	\`change_note\` text,
  	\`search_text\` text,
  	\`translation_status\` text,
  	\`translation_fingerprint_at_done\` text,
  	\`translation_done_at\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`launch_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`launch_events_slug_idx\` ON \`launch_events_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`launch_events_locales_locale_parent_id_unique\` ON \`launch_events_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`launch_events_locales_parent_lookup_idx\` ON \`launch_events_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`launch_events_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`officials_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`launch_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`officials_id\`) REFERENCES \`officials\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`launch_events_rels_order_idx\` ON \`launch_events_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`launch_events_rels_parent_idx\` ON \`launch_events_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`launch_events_rels_path_idx\` ON \`launch_events_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`launch_events_rels_officials_id_idx\` ON \`launch_events_rels\` (\`officials_id\`);`)
  await db.run(sql`CREATE INDEX \`launch_events_rels_media_id_idx\` ON \`launch_events_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`launch_events_rels_parent_lookup_idx\` ON \`launch_events_rels\` (\`parent_id\`,\`order\`);`)
  await db.run(sql`CREATE TABLE \`_launch_events_v_version_partners\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`organisation_id\` integer,
  	\`role\` text DEFAULT 'partner',
  	\`_uuid\` text,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_launch_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_launch_events_v_version_partners_order_idx\` ON \`_launch_events_v_version_partners\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_launch_events_v_version_partners_parent_id_idx\` ON \`_launch_events_v_version_partners\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_launch_events_v_version_partners_organisation_idx\` ON \`_launch_events_v_version_partners\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_launch_events_v_version_partners_parent_lookup_idx\` ON \`_launch_events_v_version_partners\` (\`_parent_id\`,\`_order\`);`)
  await db.run(sql`CREATE TABLE \`_launch_events_v_version_agenda\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`starts_at\` text,
  	\`startsat_tz\` text DEFAULT 'Africa/Casablanca',
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_launch_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_launch_events_v_version_agenda_order_idx\` ON \`_launch_events_v_version_agenda\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_launch_events_v_version_agenda_parent_id_idx\` ON \`_launch_events_v_version_agenda\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_launch_events_v_version_agenda_parent_lookup_idx\` ON \`_launch_events_v_version_agenda\` (\`_parent_id\`,\`_order\`);`)
  await db.run(sql`CREATE TABLE \`_launch_events_v_version_agenda_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_launch_events_v_version_agenda\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_launch_events_v_version_agenda_locales_locale_parent_id_uni\` ON \`_launch_events_v_version_agenda_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_launch_events_v_version_agenda_locales_parent_lookup_idx\` ON \`_launch_events_v_version_agenda_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_launch_events_v_version_press_coverage\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`outlet\` text,
  	\`language\` text,
  	\`date\` text,
  	\`headline\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_launch_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_launch_events_v_version_press_coverage_order_idx\` ON \`_launch_events_v_version_press_coverage\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_launch_events_v_version_press_coverage_parent_id_idx\` ON \`_launch_events_v_version_press_coverage\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_launch_events_v_version_press_coverage_parent_lookup_idx\` ON \`_launch_events_v_version_press_coverage\` (\`_parent_id\`,\`_order\`);`)
  await db.run(sql`CREATE TABLE \`_launch_events_v_version_change_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_launch_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_launch_events_v_version_change_history_order_idx\` ON \`_launch_events_v_version_change_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_launch_events_v_version_change_history_parent_id_idx\` ON \`_launch_events_v_version_change_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_launch_events_v_version_change_history_parent_lookup_idx\` ON \`_launch_events_v_version_change_history\` (\`_parent_id\`,\`_order\`);`)
  await db.run(sql`CREATE TABLE \`_launch_events_v_version_change_history_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_launch_events_v_version_change_history\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_launch_events_v_version_change_history_locales_locale_paren\` ON \`_launch_events_v_version_change_history_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_launch_events_v_version_change_history_locales_parent_lookup_idx\` ON \`_launch_events_v_version_change_history_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_launch_events_v_version_live_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_launch_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_launch_events_v_version_live_locales_order_idx\` ON \`_launch_events_v_version_live_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_launch_events_v_version_live_locales_parent_idx\` ON \`_launch_events_v_version_live_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_launch_events_v_version_live_locales_parent_lookup_idx\` ON \`_launch_events_v_version_live_locales\` (\`parent_id\`,\`order\`);`)
  await db.run(sql`CREATE TABLE \`_launch_events_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_starts_at\` text,
  	\`version_startsat_tz\` text DEFAULT 'Africa/Casablanca',
  	\`version_ends_at\` text,
  	\`version_endsat_tz\` text DEFAULT 'Africa/Casablanca',
  	\`version_status\` text DEFAULT 'planned',
  	\`version_venue_latitude\` numeric,
  	\`version_venue_longitude\` numeric,
  	\`version_organiser_id\` integer,
  	\`version_livestream_url\` text,
  	\`version_registration_url\` text,
  	\`version_seo_share_image_id\` integer,
  	\`version_editorial_submitted_by_id\` integer,
  	\`version_editorial_submitted_at\` text,
  	\`version_editorial_reviewed_by_id\` integer,
  	\`version_editorial_corrected_by_id\` integer,
  	\`version_editorial_review_comment\` text,
  	\`version_editorial_force_publish_reason\` text,
  	\`version_editorial_publish_at\` text,
  	\`version_editorial_unpublish_at\` text,
  	\`version_editorial_job_error\` text,
  	\`version_withdrawal_withdrawn_at\` text,
  	\`version_withdrawal_reason\` text,
  	\`version_change_kind\` text,
  	\`version_source_fingerprint\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`launch_events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organiser_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_seo_share_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_editorial_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_editorial_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_editorial_corrected_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_launch_events_v_parent_idx\` ON \`_launch_events_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_launch_events_v_version_version_workflow_state_idx\` ON \`_launch_events_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_launch_events_v_version_version_starts_at_idx\` ON \`_launch_events_v\` (\`version_starts_at\`);`)
  await db.run(sql`CREATE INDEX \`_launch_events_v_version_version_status_idx\` ON \`_launch_events_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_launch_events_v_version_version_organiser_idx\` ON \`_launch_events_v\` (\`version_organiser_id\`);`)
  await db.run(sql`CREATE INDEX \`_launch_events_v_version_seo_version_seo_share_image_idx\` ON \`_launch_events_v\` (\`version_seo_share_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_launch_events_v_version_editorial_version_editorial_sub_idx\` ON \`_launch_events_v\` (\`version_editorial_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_launch_events_v_version_editorial_version_editorial_rev_idx\` ON \`_launch_events_v\` (\`version_editorial_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_launch_events_v_version_editorial_version_editorial_cor_idx\` ON \`_launch_events_v\` (\`version_editorial_corrected_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_launch_events_v_version_version_updated_at_idx\` ON \`_launch_events_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_launch_events_v_version_version_created_at_idx\` ON \`_launch_events_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_launch_events_v_version_version__status_idx\` ON \`_launch_events_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_launch_events_v_created_at_idx\` ON \`_launch_events_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_launch_events_v_updated_at_idx\` ON \`_launch_events_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_launch_events_v_snapshot_idx\` ON \`_launch_events_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_launch_events_v_published_locale_idx\` ON \`_launch_events_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_launch_events_v_latest_idx\` ON \`_launch_events_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_launch_events_v_autosave_idx\` ON \`_launch_events_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_launch_events_v_locales\` (
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_venue_name\` text,
  	\`version_venue_city\` text,
  	\`version_venue_address\` text,
  	\`version_seo_meta_title\` text,
  	\`version_seo_meta_description\` text,
  	\`version_withdrawal_explanation\` text,
  	\`version_change_note\` text,
  	\`version_search_text\` text,
  	\`version_translation_status\` text,
  	\`version_translation_fingerprint_at_done\` text,
  	\`version_translation_done_at\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_launch_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_launch_events_v_version_version_slug_idx\` ON \`_launch_events_v_locales\` (\`version_slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_launch_events_v_locales_locale_parent_id_unique\` ON \`_launch_events_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_launch_events_v_locales_parent_lookup_idx\` ON \`_launch_events_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_launch_events_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`officials_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_launch_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`officials_id\`) REFERENCES \`officials\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_launch_events_v_rels_order_idx\` ON \`_launch_events_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_launch_events_v_rels_parent_idx\` ON \`_launch_events_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_launch_events_v_rels_path_idx\` ON \`_launch_events_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_launch_events_v_rels_officials_id_idx\` ON \`_launch_events_v_rels\` (\`officials_id\`);`)
  await db.run(sql`CREATE INDEX \`_launch_events_v_rels_media_id_idx\` ON \`_launch_events_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`_launch_events_v_rels_parent_lookup_idx\` ON \`_launch_events_v_rels\` (\`parent_id\`,\`order\`);`)
  await db.run(sql`CREATE TABLE \`quotes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`original_locale\` text DEFAULT 'fr' NOT NULL,
  	\`said_on\` text NOT NULL,
  	\`speaker_id\` integer NOT NULL,
  	\`appointment_id\` integer NOT NULL,
  	\`launch_event_id\` integer,
  	\`source_article_id\` integer,
  	\`source_transcript_url\` text,
  	\`approval_status\` text DEFAULT 'pending' NOT NULL,
  	\`source_fingerprint\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`speaker_id\`) REFERENCES \`officials\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`appointment_id\`) REFERENCES \`appointments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`launch_event_id\`) REFERENCES \`launch_events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`source_article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`quotes_said_on_idx\` ON \`quotes\` (\`said_on\`);`)
  await db.run(sql`CREATE INDEX \`quotes_speaker_idx\` ON \`quotes\` (\`speaker_id\`);`)
  await db.run(sql`CREATE INDEX \`quotes_appointment_idx\` ON \`quotes\` (\`appointment_id\`);`)
  await db.run(sql`CREATE INDEX \`quotes_launch_event_idx\` ON \`quotes\` (\`launch_event_id\`);`)
  await db.run(sql`CREATE INDEX \`quotes_source_source_article_idx\` ON \`quotes\` (\`source_article_id\`);`)
  await db.run(sql`CREATE INDEX \`quotes_approval_status_idx\` ON \`quotes\` (\`approval_status\`);`)
  await db.run(sql`CREATE INDEX \`quotes_updated_at_idx\` ON \`quotes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`quotes_created_at_idx\` ON \`quotes\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`quotes_locales\` (
  	\`text\` text NOT NULL,
  	\`search_text\` text,
  	\`translation_status\` text,
  	\`translation_fingerprint_at_done\` text,
  	\`translation_done_at\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`quotes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`quotes_locales_locale_parent_id_unique\` ON \`quotes_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`quotes_locales_parent_lookup_idx\` ON \`quotes_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`releases\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`publish_at\` text,
  	\`embargo_override_reason\` text,
  	\`state\` text DEFAULT 'planned',
  	\`published_at\` text,
  	\`failure_reason\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`releases_updated_at_idx\` ON \`releases\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`releases_created_at_idx\` ON \`releases\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`releases_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`launch_events_id\` integer,
  	\`quotes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`launch_events_id\`) REFERENCES \`launch_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`quotes_id\`) REFERENCES \`quotes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`releases_rels_order_idx\` ON \`releases_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`releases_rels_parent_idx\` ON \`releases_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`releases_rels_path_idx\` ON \`releases_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`releases_rels_articles_id_idx\` ON \`releases_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`releases_rels_launch_events_id_idx\` ON \`releases_rels\` (\`launch_events_id\`);`)
  await db.run(sql`CREATE INDEX \`releases_rels_quotes_id_idx\` ON \`releases_rels\` (\`quotes_id\`);`)
  await db.run(sql`CREATE INDEX \`releases_rels_parent_lookup_idx\` ON \`releases_rels\` (\`parent_id\`,\`order\`);`)
  await db.run(sql`CREATE TABLE \`preview_links\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`target_collection\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`locale\` text NOT NULL,
  	\`expires_at\` text NOT NULL,
  	\`created_by_id\` integer,
  	\`revoked_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`preview_links_target_collection_idx\` ON \`preview_links\` (\`target_collection\`);`)
  await db.run(sql`CREATE INDEX \`preview_links_document_id_idx\` ON \`preview_links\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`preview_links_created_by_idx\` ON \`preview_links\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`preview_links_updated_at_idx\` ON \`preview_links\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`preview_links_created_at_idx\` ON \`preview_links\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`sections\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`sections_order_idx\` ON \`sections\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`sections_updated_at_idx\` ON \`sections\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sections_created_at_idx\` ON \`sections\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`sections_locales\` (
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sections_slug_idx\` ON \`sections_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`sections_locales_locale_parent_id_unique\` ON \`sections_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sections_locales_parent_lookup_idx\` ON \`sections_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`officials\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`portrait_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`portrait_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`officials_slug_idx\` ON \`officials\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`officials_portrait_idx\` ON \`officials\` (\`portrait_id\`);`)
  await db.run(sql`CREATE INDEX \`officials_updated_at_idx\` ON \`officials\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`officials_created_at_idx\` ON \`officials\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`officials_locales\` (
  	\`full_name\` text NOT NULL,
  	\`honorific\` text,
  	\`biography\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`officials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`officials_locales_locale_parent_id_unique\` ON \`officials_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`officials_locales_parent_lookup_idx\` ON \`officials_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`appointments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`official_id\` integer NOT NULL,
  	\`organisation_id\` integer,
  	\`start_date\` text NOT NULL,
  	\`end_date\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`official_id\`) REFERENCES \`officials\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`appointments_official_idx\` ON \`appointments\` (\`official_id\`);`)
  await db.run(sql`CREATE INDEX \`appointments_organisation_idx\` ON \`appointments\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`appointments_start_date_idx\` ON \`appointments\` (\`start_date\`);`)
  await db.run(sql`CREATE INDEX \`appointments_updated_at_idx\` ON \`appointments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`appointments_created_at_idx\` ON \`appointments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`appointments_locales\` (
  	\`role_title\` text NOT NULL,
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`appointments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`appointments_locales_locale_parent_id_unique\` ON \`appointments_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`appointments_locales_parent_lookup_idx\` ON \`appointments_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`organisations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`acronym\` text,
  	\`kind\` text NOT NULL,
  	\`logo_id\` integer,
  	\`logo_dark_id\` integer,
  	\`website\` text,
  	\`order\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`logos\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`logo_dark_id\`) REFERENCES \`logos\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`organisations_slug_idx\` ON \`organisations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`organisations_acronym_idx\` ON \`organisations\` (\`acronym\`);`)
  await db.run(sql`CREATE INDEX \`organisations_kind_idx\` ON \`organisations\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`organisations_logo_idx\` ON \`organisations\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_logo_dark_idx\` ON \`organisations\` (\`logo_dark_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_order_idx\` ON \`organisations\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`organisations_updated_at_idx\` ON \`organisations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`organisations_created_at_idx\` ON \`organisations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`organisations_locales\` (
  	\`name\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`organisations_locales_locale_parent_id_unique\` ON \`organisations_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_locales_parent_lookup_idx\` ON \`organisations_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`credit\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_hero_url\` text,
  	\`sizes_hero_width\` numeric,
  	\`sizes_hero_height\` numeric,
  	\`sizes_hero_mime_type\` text,
  	\`sizes_hero_filesize\` numeric,
  	\`sizes_hero_filename\` text,
  	\`sizes_og_url\` text,
  	\`sizes_og_width\` numeric,
  	\`sizes_og_height\` numeric,
  	\`sizes_og_mime_type\` text,
  	\`sizes_og_filesize\` numeric,
  	\`sizes_og_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_hero_sizes_hero_filename_idx\` ON \`media\` (\`sizes_hero_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_og_sizes_og_filename_idx\` ON \`media\` (\`sizes_og_filename\`);`)
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text NOT NULL,
  	\`caption\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_locales_parent_lookup_idx\` ON \`media_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`logos\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_small_url\` text,
  	\`sizes_small_width\` numeric,
  	\`sizes_small_height\` numeric,
  	\`sizes_small_mime_type\` text,
  	\`sizes_small_filesize\` numeric,
  	\`sizes_small_filename\` text,
  	\`sizes_medium_url\` text,
  	\`sizes_medium_width\` numeric,
  	\`sizes_medium_height\` numeric,
  	\`sizes_medium_mime_type\` text,
  	\`sizes_medium_filesize\` numeric,
  	\`sizes_medium_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`logos_updated_at_idx\` ON \`logos\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`logos_created_at_idx\` ON \`logos\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`logos_filename_idx\` ON \`logos\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`logos_sizes_small_sizes_small_filename_idx\` ON \`logos\` (\`sizes_small_filename\`);`)
  await db.run(sql`CREATE INDEX \`logos_sizes_medium_sizes_medium_filename_idx\` ON \`logos\` (\`sizes_medium_filename\`);`)
  await db.run(sql`CREATE TABLE \`logos_locales\` (
  	\`alt\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`logos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`logos_locales_locale_parent_id_unique\` ON \`logos_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`logos_locales_parent_lookup_idx\` ON \`logos_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_translator_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_translator_locales_order_idx\` ON \`users_translator_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_translator_locales_parent_idx\` ON \`users_translator_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_translator_locales_parent_lookup_idx\` ON \`users_translator_locales\` (\`parent_id\`,\`order\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_lookup_idx\` ON \`users_sessions\` (\`_parent_id\`,\`_order\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`admin_language\` text,
  	\`role\` text DEFAULT 'author',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_role_idx\` ON \`users\` (\`role\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text NOT NULL,
  	\`target_collection\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`document_title\` text,
  	\`locale\` text,
  	\`user_id\` integer,
  	\`details\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_action_idx\` ON \`audit_log\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_target_collection_idx\` ON \`audit_log\` (\`target_collection\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_document_id_idx\` ON \`audit_log\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_locale_idx\` ON \`audit_log\` (\`locale\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_user_idx\` ON \`audit_log\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`webhook_subscriptions_events\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`webhook_subscriptions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`webhook_subscriptions_events_order_idx\` ON \`webhook_subscriptions_events\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`webhook_subscriptions_events_parent_idx\` ON \`webhook_subscriptions_events\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`webhook_subscriptions_events_parent_lookup_idx\` ON \`webhook_subscriptions_events\` (\`parent_id\`,\`order\`);`)
  await db.run(sql`CREATE TABLE \`webhook_subscriptions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`url\` text NOT NULL,
  	\`secret\` text NOT NULL,
  	\`active\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`webhook_subscriptions_updated_at_idx\` ON \`webhook_subscriptions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`webhook_subscriptions_created_at_idx\` ON \`webhook_subscriptions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`webhook_deliveries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`subscription_id\` integer NOT NULL,
  	\`event\` text NOT NULL,
  	\`attempt\` numeric NOT NULL,
  	\`succeeded\` integer,
  	\`response_status\` numeric,
  	\`duration_ms\` numeric,
  	\`error\` text,
  	\`body\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`subscription_id\`) REFERENCES \`webhook_subscriptions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_subscription_idx\` ON \`webhook_deliveries\` (\`subscription_id\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_event_idx\` ON \`webhook_deliveries\` (\`event\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_succeeded_idx\` ON \`webhook_deliveries\` (\`succeeded\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_updated_at_idx\` ON \`webhook_deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_created_at_idx\` ON \`webhook_deliveries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_lookup_idx\` ON \`payload_jobs_log\` (\`_parent_id\`,\`_order\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`launch_events_id\` integer,
  	\`quotes_id\` integer,
  	\`releases_id\` integer,
  	\`preview_links_id\` integer,
  	\`sections_id\` integer,
  	\`officials_id\` integer,
  	\`appointments_id\` integer,
  	\`organisations_id\` integer,
  	\`media_id\` integer,
  	\`logos_id\` integer,
  	\`users_id\` integer,
  	\`audit_log_id\` integer,
  	\`webhook_subscriptions_id\` integer,
  	\`webhook_deliveries_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`launch_events_id\`) REFERENCES \`launch_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`quotes_id\`) REFERENCES \`quotes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`releases_id\`) REFERENCES \`releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`preview_links_id\`) REFERENCES \`preview_links\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sections_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`officials_id\`) REFERENCES \`officials\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`appointments_id\`) REFERENCES \`appointments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`logos_id\`) REFERENCES \`logos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_subscriptions_id\`) REFERENCES \`webhook_subscriptions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_deliveries_id\`) REFERENCES \`webhook_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_launch_events_id_idx\` ON \`payload_locked_documents_rels\` (\`launch_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_quotes_id_idx\` ON \`payload_locked_documents_rels\` (\`quotes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_releases_id_idx\` ON \`payload_locked_documents_rels\` (\`releases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_preview_links_id_idx\` ON \`payload_locked_documents_rels\` (\`preview_links_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sections_id_idx\` ON \`payload_locked_documents_rels\` (\`sections_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_officials_id_idx\` ON \`payload_locked_documents_rels\` (\`officials_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_appointments_id_idx\` ON \`payload_locked_documents_rels\` (\`appointments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organisations_id_idx\` ON \`payload_locked_documents_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_logos_id_idx\` ON \`payload_locked_documents_rels\` (\`logos_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_subscriptions_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_subscriptions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_lookup_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`,\`order\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_lookup_idx\` ON \`payload_preferences_rels\` (\`parent_id\`,\`order\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_translation_rules_articles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_translation_rules_articles_order_idx\` ON \`site_settings_translation_rules_articles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_translation_rules_articles_parent_idx\` ON \`site_settings_translation_rules_articles\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_translation_rules_articles_parent_lookup_idx\` ON \`site_settings_translation_rules_articles\` (\`parent_id\`,\`order\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_translation_rules_launch_events\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_translation_rules_launch_events_order_idx\` ON \`site_settings_translation_rules_launch_events\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_translation_rules_launch_events_parent_idx\` ON \`site_settings_translation_rules_launch_events\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_translation_rules_launch_events_parent_lookup_idx\` ON \`site_settings_translation_rules_launch_events\` (\`parent_id\`,\`order\`);`)
  await db.run(sql`CREATE TABLE \`site_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`social_facebook\` text,
  	\`social_x\` text,
  	\`social_youtube\` text,
  	\`social_instagram\` text,
  	\`social_linkedin\` text,
  	\`pdf_edition_url\` text,
  	\`default_share_image_id\` integer,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`default_share_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_default_share_image_idx\` ON \`site_settings\` (\`default_share_image_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_locales\` (
  	\`site_name\` text NOT NULL,
  	\`tagline\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`site_settings_locales_locale_parent_id_unique\` ON \`site_settings_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_locales_parent_lookup_idx\` ON \`site_settings_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`navigation_header\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'section' NOT NULL,
  	\`section_id\` integer,
  	\`article_id\` integer,
  	\`url\` text,
  	FOREIGN KEY (\`section_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`navigation\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`navigation_header_order_idx\` ON \`navigation_header\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`navigation_header_parent_id_idx\` ON \`navigation_header\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`navigation_header_section_idx\` ON \`navigation_header\` (\`section_id\`);`)
  await db.run(sql`CREATE INDEX \`navigation_header_article_idx\` ON \`navigation_header\` (\`article_id\`);`)
  await db.run(sql`CREATE INDEX \`navigation_header_parent_lookup_idx\` ON \`navigation_header\` (\`_parent_id\`,\`_order\`);`)
  await db.run(sql`CREATE TABLE \`navigation_header_locales\` (
  	\`label\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`navigation_header\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`navigation_header_locales_locale_parent_id_unique\` ON \`navigation_header_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`navigation_header_locales_parent_lookup_idx\` ON \`navigation_header_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`navigation_footer\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'section' NOT NULL,
  	\`section_id\` integer,
  	\`article_id\` integer,
  	\`url\` text,
  	FOREIGN KEY (\`section_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`navigation\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`navigation_footer_order_idx\` ON \`navigation_footer\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`navigation_footer_parent_id_idx\` ON \`navigation_footer\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`navigation_footer_section_idx\` ON \`navigation_footer\` (\`section_id\`);`)
  await db.run(sql`CREATE INDEX \`navigation_footer_article_idx\` ON \`navigation_footer\` (\`article_id\`);`)
  await db.run(sql`CREATE INDEX \`navigation_footer_parent_lookup_idx\` ON \`navigation_footer\` (\`_parent_id\`,\`_order\`);`)
  await db.run(sql`CREATE TABLE \`navigation_footer_locales\` (
  	\`label\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`navigation_footer\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`navigation_footer_locales_locale_parent_id_unique\` ON \`navigation_footer_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`navigation_footer_locales_parent_lookup_idx\` ON \`navigation_footer_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`navigation\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`homepage\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`lead_article_id\` integer,
  	\`featured_event_id\` integer,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`lead_article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`featured_event_id\`) REFERENCES \`launch_events\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`homepage_lead_article_idx\` ON \`homepage\` (\`lead_article_id\`);`)
  await db.run(sql`CREATE INDEX \`homepage_featured_event_idx\` ON \`homepage\` (\`featured_event_id\`);`)
  await db.run(sql`CREATE TABLE \`homepage_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`organisations_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`homepage\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`homepage_rels_order_idx\` ON \`homepage_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`homepage_rels_parent_idx\` ON \`homepage_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`homepage_rels_path_idx\` ON \`homepage_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`homepage_rels_articles_id_idx\` ON \`homepage_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`homepage_rels_organisations_id_idx\` ON \`homepage_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`homepage_rels_parent_lookup_idx\` ON \`homepage_rels\` (\`parent_id\`,\`order\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`articles_press_coverage\`;`)
  await db.run(sql`DROP TABLE \`articles_change_history\`;`)
  await db.run(sql`DROP TABLE \`articles_change_history_locales\`;`)
  await db.run(sql`DROP TABLE \`articles_live_locales\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles_locales\`;`)
  await db.run(sql`DROP TABLE \`articles_texts\`;`)
  await db.run(sql`DROP TABLE \`articles_rels\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_press_coverage\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_change_history\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_change_history_locales\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_live_locales\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_rels\`;`)
  await db.run(sql`DROP TABLE \`launch_events_partners\`;`)
  await db.run(sql`DROP TABLE \`launch_events_agenda\`;`)
  await db.run(sql`DROP TABLE \`launch_events_agenda_locales\`;`)
  await db.run(sql`DROP TABLE \`launch_events_press_coverage\`;`)
  await db.run(sql`DROP TABLE \`launch_events_change_history\`;`)
  await db.run(sql`DROP TABLE \`launch_events_change_history_locales\`;`)
  await db.run(sql`DROP TABLE \`launch_events_live_locales\`;`)
  await db.run(sql`DROP TABLE \`launch_events\`;`)
  await db.run(sql`DROP TABLE \`launch_events_locales\`;`)
  await db.run(sql`DROP TABLE \`launch_events_rels\`;`)
  await db.run(sql`DROP TABLE \`_launch_events_v_version_partners\`;`)
  await db.run(sql`DROP TABLE \`_launch_events_v_version_agenda\`;`)
  await db.run(sql`DROP TABLE \`_launch_events_v_version_agenda_locales\`;`)
  await db.run(sql`DROP TABLE \`_launch_events_v_version_press_coverage\`;`)
  await db.run(sql`DROP TABLE \`_launch_events_v_version_change_history\`;`)
  await db.run(sql`DROP TABLE \`_launch_events_v_version_change_history_locales\`;`)
  await db.run(sql`DROP TABLE \`_launch_events_v_version_live_locales\`;`)
  await db.run(sql`DROP TABLE \`_launch_events_v\`;`)
  await db.run(sql`DROP TABLE \`_launch_events_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_launch_events_v_rels\`;`)
  await db.run(sql`DROP TABLE \`quotes\`;`)
  await db.run(sql`DROP TABLE \`quotes_locales\`;`)
  await db.run(sql`DROP TABLE \`releases\`;`)
  await db.run(sql`DROP TABLE \`releases_rels\`;`)
  await db.run(sql`DROP TABLE \`preview_links\`;`)
  await db.run(sql`DROP TABLE \`sections\`;`)
  await db.run(sql`DROP TABLE \`sections_locales\`;`)
  await db.run(sql`DROP TABLE \`officials\`;`)
  await db.run(sql`DROP TABLE \`officials_locales\`;`)
  await db.run(sql`DROP TABLE \`appointments\`;`)
  await db.run(sql`DROP TABLE \`appointments_locales\`;`)
  await db.run(sql`DROP TABLE \`organisations\`;`)
  await db.run(sql`DROP TABLE \`organisations_locales\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`logos\`;`)
  await db.run(sql`DROP TABLE \`logos_locales\`;`)
  await db.run(sql`DROP TABLE \`users_translator_locales\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`DROP TABLE \`webhook_subscriptions_events\`;`)
  await db.run(sql`DROP TABLE \`webhook_subscriptions\`;`)
  await db.run(sql`DROP TABLE \`webhook_deliveries\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`site_settings_translation_rules_articles\`;`)
  await db.run(sql`DROP TABLE \`site_settings_translation_rules_launch_events\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`site_settings_locales\`;`)
  await db.run(sql`DROP TABLE \`navigation_header\`;`)
  await db.run(sql`DROP TABLE \`navigation_header_locales\`;`)
  await db.run(sql`DROP TABLE \`navigation_footer\`;`)
  await db.run(sql`DROP TABLE \`navigation_footer_locales\`;`)
  await db.run(sql`DROP TABLE \`navigation\`;`)
  await db.run(sql`DROP TABLE \`homepage\`;`)
  await db.run(sql`DROP TABLE \`homepage_rels\`;`)
}
