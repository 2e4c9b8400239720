CREATE TABLE "diary_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"site_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"session_date" date NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"theme_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('danish'::regconfig, "diary_entries"."summary") || to_tsvector('english'::regconfig, "diary_entries"."summary")) STORED NOT NULL
);
--> statement-breakpoint
CREATE TABLE "diary_entry_themes" (
	"entry_id" uuid NOT NULL,
	"theme_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"session_date" date NOT NULL,
	CONSTRAINT "diary_entry_themes_entry_id_theme_id_pk" PRIMARY KEY("entry_id","theme_id")
);
--> statement-breakpoint
CREATE TABLE "diary_entry_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entry_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"summary" text NOT NULL,
	"theme_ids" uuid[] NOT NULL,
	"edited_by" uuid,
	"edited_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "diary_keyword_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"theme_id" uuid NOT NULL,
	"language" text NOT NULL,
	"keyword" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "diary_paragraph_codes" (
	"paragraph_id" uuid NOT NULL,
	"visitor_code_id" uuid NOT NULL,
	CONSTRAINT "diary_paragraph_codes_paragraph_id_visitor_code_id_pk" PRIMARY KEY("paragraph_id","visitor_code_id")
);
--> statement-breakpoint
CREATE TABLE "diary_paragraph_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"paragraph_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"body_sealed" "bytea" NOT NULL,
	"restriction" text NOT NULL,
	"restricted_organisation_id" uuid,
	"restricted_role" text,
	"theme_ids" uuid[] NOT NULL,
	"removed" boolean DEFAULT false NOT NULL,
	"edited_by" uuid,
	"edited_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "diary_paragraphs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entry_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"session_date" date NOT NULL,
	"author_id" uuid,
	"author_organisation_id" uuid NOT NULL,
	"body" text,
	"body_sealed" "bytea",
	"restriction" text DEFAULT 'none' NOT NULL,
	"restricted_organisation_id" uuid,
	"restricted_role" text,
	"theme_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"written_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"removed_at" timestamp with time zone,
	"removed_by" uuid,
	"idempotency_key" text,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('danish'::regconfig, coalesce("diary_paragraphs"."body", '')) || to_tsvector('english'::regconfig, coalesce("diary_paragraphs"."body", ''))) STORED NOT NULL,
	CONSTRAINT "diary_paragraphs_restriction" CHECK (("diary_paragraphs"."restriction" = 'none' and "diary_paragraphs"."body" is not null and "diary_paragraphs"."body_sealed" is null and "diary_paragraphs"."restricted_organisation_id" is null and "diary_paragraphs"."restricted_role" is null)
        or ("diary_paragraphs"."restriction" = 'organisation' and "diary_paragraphs"."body" is null and "diary_paragraphs"."body_sealed" is not null and "diary_paragraphs"."restricted_organisation_id" is not null and "diary_paragraphs"."restricted_role" is null)
        or ("diary_paragraphs"."restriction" = 'role' and "diary_paragraphs"."body" is null and "diary_paragraphs"."body_sealed" is not null and "diary_paragraphs"."restricted_organisation_id" is null and "diary_paragraphs"."restricted_role" is not null))
);
--> statement-breakpoint
CREATE TABLE "diary_themes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text,
	"name_da" text NOT NULL,
	"name_en" text NOT NULL,
	"archived_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "clinic_costs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"site_id" uuid NOT NULL,
	"consultation_id" uuid,
	"kind" text NOT NULL,
	"amount_ore" integer NOT NULL,
	"incurred_on" date NOT NULL,
	"note" "bytea",
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	CONSTRAINT "clinic_costs_amount_positive" CHECK ("clinic_costs"."amount_ore" > 0)
);
--> statement-breakpoint
CREATE TABLE "clinic_referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"place" "bytea" NOT NULL,
	"note" "bytea" NOT NULL,
	"appointment_at" timestamp with time zone,
	"needs_accompaniment" boolean DEFAULT false NOT NULL,
	"language_needed" text,
	"accompaniment_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "clinic_tests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"visitor_code_id" uuid,
	"taken_with_code" boolean NOT NULL,
	"test_type" text NOT NULL,
	"other_test" "bytea",
	"state" text DEFAULT 'taken' NOT NULL,
	"outcome" text,
	"result_note" "bytea",
	"taken_at" timestamp with time zone NOT NULL,
	"taken_by" uuid,
	"sent_at" timestamp with time zone,
	"sent_by" uuid,
	"result_at" timestamp with time zone,
	"result_by" uuid,
	"told_at" timestamp with time zone,
	"told_by" uuid,
	CONSTRAINT "clinic_tests_outcome_with_result" CHECK (("clinic_tests"."outcome" is null) = ("clinic_tests"."result_at" is null))
);
--> statement-breakpoint
CREATE TABLE "clinic_consultations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"site_id" uuid NOT NULL,
	"session_id" uuid,
	"visit_id" uuid,
	"ticket_id" uuid,
	"visitor_code_id" uuid,
	"nationality" text NOT NULL,
	"clinic_kind" text NOT NULL,
	"seen_at" timestamp with time zone NOT NULL,
	"seen_by" uuid,
	"reason" "bytea" NOT NULL,
	"notes" "bytea" NOT NULL,
	"diagnoses" "bytea" NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "clinic_consultations_nationality_format" CHECK ("clinic_consultations"."nationality" ~ '^[A-Z]{2}$')
);
--> statement-breakpoint
CREATE TABLE "clinic_medicine_adjustments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"medicine_id" uuid NOT NULL,
	"delta" integer NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"adjusted_by" uuid,
	"adjusted_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "clinic_medicine_dispensings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"medicine_id" uuid NOT NULL,
	"quantity" integer NOT NULL,
	"dispensed_at" timestamp with time zone NOT NULL,
	"dispensed_by" uuid,
	CONSTRAINT "clinic_dispensings_quantity_positive" CHECK ("clinic_medicine_dispensings"."quantity" > 0)
);
--> statement-breakpoint
CREATE TABLE "clinic_medicines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"site_id" uuid NOT NULL,
	"name" text NOT NULL,
	"unit" text DEFAULT 'piece' NOT NULL,
	"stock" integer DEFAULT 0 NOT NULL,
	"low_stock_at" integer DEFAULT 0 NOT NULL,
	"unit_cost_ore" integer,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "clinic_medicines_stock_not_negative" CHECK ("clinic_medicines"."stock" >= 0),
	CONSTRAINT "clinic_medicines_unit_cost_not_negative" CHECK ("clinic_medicines"."unit_cost_ore" >= 0)
);
--> statement-breakpoint
CREATE TABLE "clinic_appointments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"site_id" uuid NOT NULL,
	"visitor_code_id" uuid,
	"clinic_kind" text NOT NULL,
	"date" date NOT NULL,
	"starts_at" time NOT NULL,
	"ends_at" time NOT NULL,
	"language_needed" text,
	"status" text DEFAULT 'booked' NOT NULL,
	"booked_at" timestamp with time zone NOT NULL,
	"booked_by" uuid,
	"settled_at" timestamp with time zone,
	"settled_by" uuid
);
--> statement-breakpoint
CREATE TABLE "clinic_slot_settings" (
	"site_id" uuid NOT NULL,
	"clinic_kind" text NOT NULL,
	"slot_minutes" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "clinic_slot_settings_site_id_clinic_kind_pk" PRIMARY KEY("site_id","clinic_kind"),
	CONSTRAINT "clinic_slot_minutes_range" CHECK ("clinic_slot_settings"."slot_minutes" between 5 and 240)
);
--> statement-breakpoint
CREATE TABLE "clinic_tickets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"site_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"clinic_kind" text NOT NULL,
	"visit_id" uuid,
	"visitor_code_id" uuid,
	"appointment_id" uuid,
	"language_needed" text,
	"source" text NOT NULL,
	"status" text DEFAULT 'waiting' NOT NULL,
	"taken_at" timestamp with time zone NOT NULL,
	"taken_by" uuid,
	"called_at" timestamp with time zone,
	"called_by" uuid,
	"finished_at" timestamp with time zone,
	"finished_by" uuid,
	"public_token_hash" text,
	CONSTRAINT "clinic_tickets_number_positive" CHECK ("clinic_tickets"."number" > 0)
);
--> statement-breakpoint
CREATE TABLE "follow_up_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"follow_up_id" uuid NOT NULL,
	"author_id" uuid,
	"body" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"site_id" uuid NOT NULL,
	"kind" text DEFAULT 'task' NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"assignee_id" uuid,
	"any_social_worker" boolean DEFAULT false NOT NULL,
	"due_on" date NOT NULL,
	"visitor_code_id" uuid,
	"status" text DEFAULT 'open' NOT NULL,
	"drop_reason" text,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"appointment_at" timestamp with time zone,
	"place" text,
	"language_needed" text,
	"source_referral_id" uuid,
	"outcome" text,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('danish'::regconfig, coalesce("follow_ups"."title", '') || ' ' || coalesce("follow_ups"."body", '')) || to_tsvector('english'::regconfig, coalesce("follow_ups"."title", '') || ' ' || coalesce("follow_ups"."body", ''))) STORED NOT NULL,
	CONSTRAINT "follow_ups_any_social_worker_unassigned" CHECK (not "follow_ups"."any_social_worker" or "follow_ups"."assignee_id" is null),
	CONSTRAINT "follow_ups_drop_reason" CHECK (("follow_ups"."status" = 'dropped') = ("follow_ups"."drop_reason" is not null)),
	CONSTRAINT "follow_ups_accompaniment" CHECK ("follow_ups"."kind" <> 'accompaniment' or ("follow_ups"."appointment_at" is not null and "follow_ups"."place" is not null))
);
--> statement-breakpoint
CREATE TABLE "message_reads" (
	"message_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"read_at" timestamp with time zone NOT NULL,
	CONSTRAINT "message_reads_message_id_account_id_pk" PRIMARY KEY("message_id","account_id")
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"site_id" uuid NOT NULL,
	"author_id" uuid,
	"audience" text NOT NULL,
	"recipient_id" uuid,
	"body" text NOT NULL,
	"pinned" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('danish'::regconfig, "messages"."body") || to_tsvector('english'::regconfig, "messages"."body")) STORED NOT NULL,
	CONSTRAINT "messages_recipient" CHECK (("messages"."audience" = 'person') = ("messages"."recipient_id" is not null))
);
--> statement-breakpoint
ALTER TABLE "diary_entries" ADD CONSTRAINT "diary_entries_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diary_entries" ADD CONSTRAINT "diary_entries_session_id_opening_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."opening_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diary_entries" ADD CONSTRAINT "diary_entries_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diary_entries" ADD CONSTRAINT "diary_entries_updated_by_accounts_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diary_entry_themes" ADD CONSTRAINT "diary_entry_themes_entry_id_diary_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."diary_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diary_entry_themes" ADD CONSTRAINT "diary_entry_themes_theme_id_diary_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."diary_themes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diary_entry_themes" ADD CONSTRAINT "diary_entry_themes_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diary_entry_versions" ADD CONSTRAINT "diary_entry_versions_entry_id_diary_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."diary_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diary_entry_versions" ADD CONSTRAINT "diary_entry_versions_edited_by_accounts_id_fk" FOREIGN KEY ("edited_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diary_keyword_rules" ADD CONSTRAINT "diary_keyword_rules_theme_id_diary_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."diary_themes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diary_keyword_rules" ADD CONSTRAINT "diary_keyword_rules_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diary_paragraph_codes" ADD CONSTRAINT "diary_paragraph_codes_paragraph_id_diary_paragraphs_id_fk" FOREIGN KEY ("paragraph_id") REFERENCES "public"."diary_paragraphs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diary_paragraph_codes" ADD CONSTRAINT "diary_paragraph_codes_visitor_code_id_visitor_codes_id_fk" FOREIGN KEY ("visitor_code_id") REFERENCES "public"."visitor_codes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diary_paragraph_versions" ADD CONSTRAINT "diary_paragraph_versions_paragraph_id_diary_paragraphs_id_fk" FOREIGN KEY ("paragraph_id") REFERENCES "public"."diary_paragraphs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diary_paragraph_versions" ADD CONSTRAINT "diary_paragraph_versions_restricted_organisation_id_organisations_id_fk" FOREIGN KEY ("restricted_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diary_paragraph_versions" ADD CONSTRAINT "diary_paragraph_versions_edited_by_accounts_id_fk" FOREIGN KEY ("edited_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diary_paragraphs" ADD CONSTRAINT "diary_paragraphs_entry_id_diary_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."diary_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diary_paragraphs" ADD CONSTRAINT "diary_paragraphs_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diary_paragraphs" ADD CONSTRAINT "diary_paragraphs_author_id_accounts_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diary_paragraphs" ADD CONSTRAINT "diary_paragraphs_author_organisation_id_organisations_id_fk" FOREIGN KEY ("author_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diary_paragraphs" ADD CONSTRAINT "diary_paragraphs_restricted_organisation_id_organisations_id_fk" FOREIGN KEY ("restricted_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diary_paragraphs" ADD CONSTRAINT "diary_paragraphs_updated_by_accounts_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diary_paragraphs" ADD CONSTRAINT "diary_paragraphs_removed_by_accounts_id_fk" FOREIGN KEY ("removed_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diary_themes" ADD CONSTRAINT "diary_themes_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_costs" ADD CONSTRAINT "clinic_costs_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_costs" ADD CONSTRAINT "clinic_costs_consultation_id_clinic_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."clinic_consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_costs" ADD CONSTRAINT "clinic_costs_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_referrals" ADD CONSTRAINT "clinic_referrals_consultation_id_clinic_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."clinic_consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_referrals" ADD CONSTRAINT "clinic_referrals_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_referrals" ADD CONSTRAINT "clinic_referrals_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_tests" ADD CONSTRAINT "clinic_tests_consultation_id_clinic_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."clinic_consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_tests" ADD CONSTRAINT "clinic_tests_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_tests" ADD CONSTRAINT "clinic_tests_visitor_code_id_visitor_codes_id_fk" FOREIGN KEY ("visitor_code_id") REFERENCES "public"."visitor_codes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_tests" ADD CONSTRAINT "clinic_tests_taken_by_accounts_id_fk" FOREIGN KEY ("taken_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_tests" ADD CONSTRAINT "clinic_tests_sent_by_accounts_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_tests" ADD CONSTRAINT "clinic_tests_result_by_accounts_id_fk" FOREIGN KEY ("result_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_tests" ADD CONSTRAINT "clinic_tests_told_by_accounts_id_fk" FOREIGN KEY ("told_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_consultations" ADD CONSTRAINT "clinic_consultations_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_consultations" ADD CONSTRAINT "clinic_consultations_session_id_opening_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."opening_sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_consultations" ADD CONSTRAINT "clinic_consultations_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_consultations" ADD CONSTRAINT "clinic_consultations_visitor_code_id_visitor_codes_id_fk" FOREIGN KEY ("visitor_code_id") REFERENCES "public"."visitor_codes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_consultations" ADD CONSTRAINT "clinic_consultations_seen_by_accounts_id_fk" FOREIGN KEY ("seen_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_consultations" ADD CONSTRAINT "clinic_consultations_updated_by_accounts_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_medicine_adjustments" ADD CONSTRAINT "clinic_medicine_adjustments_medicine_id_clinic_medicines_id_fk" FOREIGN KEY ("medicine_id") REFERENCES "public"."clinic_medicines"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_medicine_adjustments" ADD CONSTRAINT "clinic_medicine_adjustments_adjusted_by_accounts_id_fk" FOREIGN KEY ("adjusted_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_medicine_dispensings" ADD CONSTRAINT "clinic_medicine_dispensings_consultation_id_clinic_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."clinic_consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_medicine_dispensings" ADD CONSTRAINT "clinic_medicine_dispensings_medicine_id_clinic_medicines_id_fk" FOREIGN KEY ("medicine_id") REFERENCES "public"."clinic_medicines"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_medicine_dispensings" ADD CONSTRAINT "clinic_medicine_dispensings_dispensed_by_accounts_id_fk" FOREIGN KEY ("dispensed_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_medicines" ADD CONSTRAINT "clinic_medicines_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_appointments" ADD CONSTRAINT "clinic_appointments_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_appointments" ADD CONSTRAINT "clinic_appointments_visitor_code_id_visitor_codes_id_fk" FOREIGN KEY ("visitor_code_id") REFERENCES "public"."visitor_codes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_appointments" ADD CONSTRAINT "clinic_appointments_booked_by_accounts_id_fk" FOREIGN KEY ("booked_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_appointments" ADD CONSTRAINT "clinic_appointments_settled_by_accounts_id_fk" FOREIGN KEY ("settled_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_slot_settings" ADD CONSTRAINT "clinic_slot_settings_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_slot_settings" ADD CONSTRAINT "clinic_slot_settings_updated_by_accounts_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_tickets" ADD CONSTRAINT "clinic_tickets_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_tickets" ADD CONSTRAINT "clinic_tickets_session_id_opening_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."opening_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_tickets" ADD CONSTRAINT "clinic_tickets_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_tickets" ADD CONSTRAINT "clinic_tickets_visitor_code_id_visitor_codes_id_fk" FOREIGN KEY ("visitor_code_id") REFERENCES "public"."visitor_codes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_tickets" ADD CONSTRAINT "clinic_tickets_appointment_id_clinic_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."clinic_appointments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_tickets" ADD CONSTRAINT "clinic_tickets_taken_by_accounts_id_fk" FOREIGN KEY ("taken_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_tickets" ADD CONSTRAINT "clinic_tickets_called_by_accounts_id_fk" FOREIGN KEY ("called_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_tickets" ADD CONSTRAINT "clinic_tickets_finished_by_accounts_id_fk" FOREIGN KEY ("finished_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_comments" ADD CONSTRAINT "follow_up_comments_follow_up_id_follow_ups_id_fk" FOREIGN KEY ("follow_up_id") REFERENCES "public"."follow_ups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_comments" ADD CONSTRAINT "follow_up_comments_author_id_accounts_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_assignee_id_accounts_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_visitor_code_id_visitor_codes_id_fk" FOREIGN KEY ("visitor_code_id") REFERENCES "public"."visitor_codes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_closed_by_accounts_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_reads" ADD CONSTRAINT "message_reads_message_id_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_reads" ADD CONSTRAINT "message_reads_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_author_id_accounts_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_recipient_id_accounts_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "diary_entries_session_key" ON "diary_entries" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "diary_entries_site_date_idx" ON "diary_entries" USING btree ("site_id","session_date");--> statement-breakpoint
CREATE INDEX "diary_entries_search_idx" ON "diary_entries" USING gin ("search");--> statement-breakpoint
CREATE INDEX "diary_entry_themes_site_theme_date_idx" ON "diary_entry_themes" USING btree ("site_id","theme_id","session_date");--> statement-breakpoint
CREATE UNIQUE INDEX "diary_entry_versions_key" ON "diary_entry_versions" USING btree ("entry_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "diary_keyword_rules_key" ON "diary_keyword_rules" USING btree ("theme_id","language",lower("keyword"));--> statement-breakpoint
CREATE INDEX "diary_paragraph_codes_code_idx" ON "diary_paragraph_codes" USING btree ("visitor_code_id");--> statement-breakpoint
CREATE UNIQUE INDEX "diary_paragraph_versions_key" ON "diary_paragraph_versions" USING btree ("paragraph_id","version");--> statement-breakpoint
CREATE INDEX "diary_paragraphs_entry_idx" ON "diary_paragraphs" USING btree ("entry_id","written_at");--> statement-breakpoint
CREATE INDEX "diary_paragraphs_site_date_idx" ON "diary_paragraphs" USING btree ("site_id","session_date");--> statement-breakpoint
CREATE INDEX "diary_paragraphs_author_idx" ON "diary_paragraphs" USING btree ("author_id");--> statement-breakpoint
CREATE UNIQUE INDEX "diary_paragraphs_idempotency_key" ON "diary_paragraphs" USING btree ("author_id","idempotency_key") WHERE "diary_paragraphs"."idempotency_key" is not null;--> statement-breakpoint
CREATE INDEX "diary_paragraphs_search_idx" ON "diary_paragraphs" USING gin ("search") WHERE "diary_paragraphs"."body" is not null and "diary_paragraphs"."removed_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "diary_themes_key_key" ON "diary_themes" USING btree ("key");--> statement-breakpoint
CREATE UNIQUE INDEX "diary_themes_name_da_key" ON "diary_themes" USING btree (lower("name_da"));--> statement-breakpoint
CREATE UNIQUE INDEX "diary_themes_name_en_key" ON "diary_themes" USING btree (lower("name_en"));--> statement-breakpoint
CREATE INDEX "clinic_costs_site_date_idx" ON "clinic_costs" USING btree ("site_id","incurred_on");--> statement-breakpoint
CREATE INDEX "clinic_costs_consultation_idx" ON "clinic_costs" USING btree ("consultation_id");--> statement-breakpoint
CREATE INDEX "clinic_referrals_consultation_idx" ON "clinic_referrals" USING btree ("consultation_id");--> statement-breakpoint
CREATE INDEX "clinic_referrals_site_time_idx" ON "clinic_referrals" USING btree ("site_id","created_at");--> statement-breakpoint
CREATE INDEX "clinic_tests_consultation_idx" ON "clinic_tests" USING btree ("consultation_id");--> statement-breakpoint
CREATE INDEX "clinic_tests_site_state_idx" ON "clinic_tests" USING btree ("site_id","state","taken_at");--> statement-breakpoint
CREATE INDEX "clinic_tests_turnaround_idx" ON "clinic_tests" USING btree ("site_id","test_type","taken_at","state","outcome","result_at","told_at");--> statement-breakpoint
CREATE INDEX "clinic_tests_code_idx" ON "clinic_tests" USING btree ("visitor_code_id");--> statement-breakpoint
CREATE INDEX "clinic_consultations_session_idx" ON "clinic_consultations" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "clinic_consultations_site_time_idx" ON "clinic_consultations" USING btree ("site_id","seen_at");--> statement-breakpoint
CREATE INDEX "clinic_consultations_code_idx" ON "clinic_consultations" USING btree ("visitor_code_id");--> statement-breakpoint
CREATE INDEX "clinic_medicine_adjustments_idx" ON "clinic_medicine_adjustments" USING btree ("medicine_id","adjusted_at");--> statement-breakpoint
CREATE INDEX "clinic_dispensings_consultation_idx" ON "clinic_medicine_dispensings" USING btree ("consultation_id");--> statement-breakpoint
CREATE INDEX "clinic_dispensings_medicine_idx" ON "clinic_medicine_dispensings" USING btree ("medicine_id","dispensed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "clinic_medicines_site_name_key" ON "clinic_medicines" USING btree ("site_id",lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "clinic_appointments_slot_key" ON "clinic_appointments" USING btree ("site_id","clinic_kind","date","starts_at") WHERE "clinic_appointments"."status" <> 'cancelled';--> statement-breakpoint
CREATE INDEX "clinic_appointments_site_date_idx" ON "clinic_appointments" USING btree ("site_id","date");--> statement-breakpoint
CREATE INDEX "clinic_appointments_code_idx" ON "clinic_appointments" USING btree ("visitor_code_id");--> statement-breakpoint
CREATE UNIQUE INDEX "clinic_tickets_session_number_key" ON "clinic_tickets" USING btree ("session_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "clinic_tickets_session_code_open_key" ON "clinic_tickets" USING btree ("session_id","visitor_code_id") WHERE "clinic_tickets"."visitor_code_id" is not null and "clinic_tickets"."status" in ('waiting', 'called');--> statement-breakpoint
CREATE UNIQUE INDEX "clinic_tickets_session_visit_open_key" ON "clinic_tickets" USING btree ("session_id","visit_id") WHERE "clinic_tickets"."visit_id" is not null and "clinic_tickets"."status" in ('waiting', 'called');--> statement-breakpoint
CREATE UNIQUE INDEX "clinic_tickets_session_caller_key" ON "clinic_tickets" USING btree ("session_id","called_by") WHERE "clinic_tickets"."called_by" is not null and "clinic_tickets"."status" = 'called';--> statement-breakpoint
CREATE UNIQUE INDEX "clinic_tickets_token_key" ON "clinic_tickets" USING btree ("public_token_hash") WHERE "clinic_tickets"."public_token_hash" is not null;--> statement-breakpoint
CREATE INDEX "clinic_tickets_open_idx" ON "clinic_tickets" USING btree ("session_id","number") WHERE "clinic_tickets"."status" in ('waiting', 'called');--> statement-breakpoint
CREATE INDEX "clinic_tickets_site_taken_idx" ON "clinic_tickets" USING btree ("site_id","taken_at");--> statement-breakpoint
CREATE INDEX "clinic_tickets_appointment_idx" ON "clinic_tickets" USING btree ("appointment_id");--> statement-breakpoint
CREATE INDEX "follow_up_comments_follow_up_idx" ON "follow_up_comments" USING btree ("follow_up_id","created_at");--> statement-breakpoint
CREATE INDEX "follow_ups_site_status_due_idx" ON "follow_ups" USING btree ("site_id","status","due_on");--> statement-breakpoint
CREATE INDEX "follow_ups_assignee_idx" ON "follow_ups" USING btree ("assignee_id") WHERE "follow_ups"."status" = 'open';--> statement-breakpoint
CREATE INDEX "follow_ups_code_idx" ON "follow_ups" USING btree ("visitor_code_id");--> statement-breakpoint
CREATE INDEX "follow_ups_referral_idx" ON "follow_ups" USING btree ("source_referral_id") WHERE "follow_ups"."source_referral_id" is not null;--> statement-breakpoint
CREATE INDEX "follow_ups_search_idx" ON "follow_ups" USING gin ("search");--> statement-breakpoint
CREATE INDEX "message_reads_account_idx" ON "message_reads" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "messages_site_time_idx" ON "messages" USING btree ("site_id","created_at");--> statement-breakpoint
CREATE INDEX "messages_recipient_idx" ON "messages" USING btree ("recipient_id") WHERE "messages"."recipient_id" is not null;--> statement-breakpoint
CREATE INDEX "messages_search_idx" ON "messages" USING gin ("search");