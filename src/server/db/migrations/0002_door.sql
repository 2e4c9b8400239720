CREATE TABLE "services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"site_id" uuid NOT NULL,
	"key" text,
	"names" jsonb NOT NULL,
	"icon" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stock_adjustments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"delta" integer NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"adjusted_by" uuid,
	"adjusted_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supply_handouts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"visit_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"quantity" integer NOT NULL,
	"over_limit_reason" text,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "supply_handouts_quantity_positive" CHECK ("supply_handouts"."quantity" > 0)
);
--> statement-breakpoint
CREATE TABLE "supply_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"site_id" uuid NOT NULL,
	"key" text,
	"names" jsonb NOT NULL,
	"icon" text NOT NULL,
	"unit" text DEFAULT 'piece' NOT NULL,
	"stock" integer DEFAULT 0 NOT NULL,
	"low_stock_at" integer DEFAULT 0 NOT NULL,
	"limit_per_visit" integer,
	"limit_per_week" integer,
	"position" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "supply_items_stock_not_negative" CHECK ("supply_items"."stock" >= 0)
);
--> statement-breakpoint
CREATE TABLE "visit_services" (
	"visit_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "visit_services_visit_id_service_id_pk" PRIMARY KEY("visit_id","service_id")
);
--> statement-breakpoint
CREATE TABLE "opening_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"site_id" uuid NOT NULL,
	"date" date NOT NULL,
	"starts_at" time NOT NULL,
	"ends_at" time NOT NULL,
	"starts_at_instant" timestamp with time zone NOT NULL,
	"ends_at_instant" timestamp with time zone NOT NULL,
	"weekly_opening_id" uuid,
	"one_off_opening_id" uuid,
	"pilot_period_id" uuid,
	"opened_at" timestamp with time zone NOT NULL,
	"opened_by" uuid,
	"closed_at" timestamp with time zone,
	"closed_by" uuid
);
--> statement-breakpoint
CREATE TABLE "visitor_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"nationality" text NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"heard_from" text,
	"adult_confirmed" boolean DEFAULT false NOT NULL,
	"nickname" "bytea",
	"merged_into_id" uuid,
	"issued_site_id" uuid,
	"issued_by" uuid,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "visitor_flags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"visitor_code_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"source" text NOT NULL,
	"source_id" uuid,
	"raised_by" uuid,
	"raised_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cleared_by" uuid,
	"cleared_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"visitor_code_id" uuid,
	"nationality" text NOT NULL,
	"first_visit" boolean,
	"heard_from" text,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"adult_confirmed" boolean,
	"checked_in_at" timestamp with time zone NOT NULL,
	"checked_in_by" uuid,
	"left_at" timestamp with time zone,
	"introduced_at" timestamp with time zone,
	"introduced_by" uuid,
	"idempotency_key" text,
	CONSTRAINT "visits_nationality_format" CHECK ("visits"."nationality" ~ '^[A-Z]{2}$')
);
--> statement-breakpoint
ALTER TABLE "account_sessions" ADD COLUMN "stepped_up_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_adjustments" ADD CONSTRAINT "stock_adjustments_item_id_supply_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."supply_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_adjustments" ADD CONSTRAINT "stock_adjustments_adjusted_by_accounts_id_fk" FOREIGN KEY ("adjusted_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supply_handouts" ADD CONSTRAINT "supply_handouts_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supply_handouts" ADD CONSTRAINT "supply_handouts_item_id_supply_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."supply_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supply_handouts" ADD CONSTRAINT "supply_handouts_recorded_by_accounts_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supply_items" ADD CONSTRAINT "supply_items_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_services" ADD CONSTRAINT "visit_services_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_services" ADD CONSTRAINT "visit_services_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_services" ADD CONSTRAINT "visit_services_recorded_by_accounts_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opening_sessions" ADD CONSTRAINT "opening_sessions_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opening_sessions" ADD CONSTRAINT "opening_sessions_weekly_opening_id_weekly_openings_id_fk" FOREIGN KEY ("weekly_opening_id") REFERENCES "public"."weekly_openings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opening_sessions" ADD CONSTRAINT "opening_sessions_one_off_opening_id_one_off_openings_id_fk" FOREIGN KEY ("one_off_opening_id") REFERENCES "public"."one_off_openings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opening_sessions" ADD CONSTRAINT "opening_sessions_pilot_period_id_pilot_periods_id_fk" FOREIGN KEY ("pilot_period_id") REFERENCES "public"."pilot_periods"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opening_sessions" ADD CONSTRAINT "opening_sessions_opened_by_accounts_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opening_sessions" ADD CONSTRAINT "opening_sessions_closed_by_accounts_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visitor_codes" ADD CONSTRAINT "visitor_codes_merged_into_id_visitor_codes_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."visitor_codes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visitor_codes" ADD CONSTRAINT "visitor_codes_issued_site_id_sites_id_fk" FOREIGN KEY ("issued_site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visitor_codes" ADD CONSTRAINT "visitor_codes_issued_by_accounts_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visitor_flags" ADD CONSTRAINT "visitor_flags_visitor_code_id_visitor_codes_id_fk" FOREIGN KEY ("visitor_code_id") REFERENCES "public"."visitor_codes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visitor_flags" ADD CONSTRAINT "visitor_flags_raised_by_accounts_id_fk" FOREIGN KEY ("raised_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visitor_flags" ADD CONSTRAINT "visitor_flags_cleared_by_accounts_id_fk" FOREIGN KEY ("cleared_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_session_id_opening_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."opening_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_visitor_code_id_visitor_codes_id_fk" FOREIGN KEY ("visitor_code_id") REFERENCES "public"."visitor_codes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_checked_in_by_accounts_id_fk" FOREIGN KEY ("checked_in_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_introduced_by_accounts_id_fk" FOREIGN KEY ("introduced_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "services_site_key" ON "services" USING btree ("site_id","key");--> statement-breakpoint
CREATE INDEX "services_site_idx" ON "services" USING btree ("site_id");--> statement-breakpoint
CREATE INDEX "stock_adjustments_item_idx" ON "stock_adjustments" USING btree ("item_id","adjusted_at");--> statement-breakpoint
CREATE INDEX "supply_handouts_visit_idx" ON "supply_handouts" USING btree ("visit_id");--> statement-breakpoint
CREATE INDEX "supply_handouts_item_idx" ON "supply_handouts" USING btree ("item_id","recorded_at");--> statement-breakpoint
CREATE UNIQUE INDEX "supply_items_site_key" ON "supply_items" USING btree ("site_id","key");--> statement-breakpoint
CREATE INDEX "supply_items_site_idx" ON "supply_items" USING btree ("site_id");--> statement-breakpoint
CREATE INDEX "visit_services_service_idx" ON "visit_services" USING btree ("service_id");--> statement-breakpoint
CREATE UNIQUE INDEX "opening_sessions_site_start_key" ON "opening_sessions" USING btree ("site_id","date","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "visitor_codes_code_key" ON "visitor_codes" USING btree ("code");--> statement-breakpoint
CREATE INDEX "visitor_codes_merged_idx" ON "visitor_codes" USING btree ("merged_into_id");--> statement-breakpoint
CREATE INDEX "visitor_flags_code_idx" ON "visitor_flags" USING btree ("visitor_code_id") WHERE "visitor_flags"."cleared_at" is null;--> statement-breakpoint
CREATE INDEX "visits_session_idx" ON "visits" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "visits_site_time_idx" ON "visits" USING btree ("site_id","checked_in_at");--> statement-breakpoint
CREATE INDEX "visits_code_idx" ON "visits" USING btree ("visitor_code_id");--> statement-breakpoint
CREATE UNIQUE INDEX "visits_session_code_key" ON "visits" USING btree ("session_id","visitor_code_id") WHERE "visits"."visitor_code_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "visits_idempotency_key" ON "visits" USING btree ("checked_in_by","idempotency_key") WHERE "visits"."idempotency_key" is not null;