-- Huellas CRM schema, version 1 (SQLite).
-- Statement boundaries: a line that ends with ';', except inside a trigger body (from a line
-- that is just BEGIN), which ends at the line END;. Comments only on lines of their own.
-- Money is integer centavos. Dates are 'YYYY-MM-DD'; timestamps are UTC 'YYYY-MM-DDTHH:MM:SSZ'.

CREATE TABLE staff (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE CHECK (username <> ''),
    display_name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT 'reception' CHECK (role IN ('reception', 'manager', 'admin')),
    password_hash TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE owners (
    id INTEGER PRIMARY KEY,
    external_id TEXT NOT NULL UNIQUE CHECK (external_id <> ''),
    first_name TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    birth_date TEXT,
    gender TEXT NOT NULL DEFAULT '',
    occupation TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    phone_secondary TEXT NOT NULL DEFAULT '',
    whatsapp TEXT NOT NULL DEFAULT '',
    street_address TEXT NOT NULL DEFAULT '',
    neighborhood TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT 'Puerto Morelos',
    postal_code TEXT NOT NULL DEFAULT '',
    location_notes TEXT NOT NULL DEFAULT '',
    acquisition_source TEXT NOT NULL DEFAULT '' CHECK (acquisition_source IN
        ('', 'referral', 'google', 'facebook', 'instagram', 'walk_in', 'event', 'other')),
    acquisition_detail TEXT NOT NULL DEFAULT '',
    referred_by INTEGER REFERENCES owners (id) ON DELETE SET NULL,
    tier TEXT NOT NULL DEFAULT 'new' CHECK (tier IN ('new', 'regular', 'vip', 'professional')),
    engagement_score INTEGER NOT NULL DEFAULT 0,
    last_engagement_date TEXT,
    lifetime_value INTEGER NOT NULL DEFAULT 0,
    average_order_value INTEGER NOT NULL DEFAULT 0,
    first_visit_date TEXT,
    last_visit_date TEXT,
    total_visits INTEGER NOT NULL DEFAULT 0,
    churn_risk TEXT NOT NULL DEFAULT 'low' CHECK (churn_risk IN ('low', 'medium', 'high')),
    days_since_last_visit INTEGER,
    referrals_made INTEGER NOT NULL DEFAULT 0,
    preferred_language TEXT NOT NULL DEFAULT 'es',
    preferred_contact_time TEXT NOT NULL DEFAULT '' CHECK (preferred_contact_time IN
        ('', 'morning', 'afternoon', 'evening')),
    email_opt_in INTEGER NOT NULL DEFAULT 0 CHECK (email_opt_in IN (0, 1)),
    sms_opt_in INTEGER NOT NULL DEFAULT 0 CHECK (sms_opt_in IN (0, 1)),
    whatsapp_opt_in INTEGER NOT NULL DEFAULT 1 CHECK (whatsapp_opt_in IN (0, 1)),
    notes TEXT NOT NULL DEFAULT '',
    internal_notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (referred_by IS NULL OR referred_by <> id)
);

-- Tags live in their own table so that "has all", "any of" and "none of" are indexed lookups.
CREATE TABLE owner_tags (
    owner_id INTEGER NOT NULL REFERENCES owners (id) ON DELETE CASCADE,
    tag TEXT NOT NULL CHECK (tag <> ''),
    PRIMARY KEY (owner_id, tag)
) WITHOUT ROWID;

CREATE TABLE pets (
    id INTEGER PRIMARY KEY,
    external_id TEXT NOT NULL UNIQUE CHECK (external_id <> ''),
    owner_id INTEGER NOT NULL REFERENCES owners (id) ON DELETE CASCADE,
    name TEXT NOT NULL DEFAULT '',
    species TEXT NOT NULL DEFAULT 'dog' CHECK (species IN
        ('dog', 'cat', 'bird', 'rabbit', 'rodent', 'reptile', 'other')),
    breed TEXT NOT NULL DEFAULT '',
    birth_date TEXT,
    sex TEXT NOT NULL DEFAULT '' CHECK (sex IN ('', 'M', 'F')),
    deceased INTEGER NOT NULL DEFAULT 0 CHECK (deceased IN (0, 1))
);

CREATE TABLE appointments (
    id INTEGER PRIMARY KEY,
    external_id TEXT NOT NULL UNIQUE CHECK (external_id <> ''),
    owner_id INTEGER NOT NULL REFERENCES owners (id) ON DELETE CASCADE,
    pet_id INTEGER REFERENCES pets (id) ON DELETE SET NULL,
    scheduled_at TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN
        ('scheduled', 'completed', 'cancelled', 'no_show')),
    reason TEXT NOT NULL DEFAULT ''
);

CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    external_id TEXT NOT NULL UNIQUE CHECK (external_id <> ''),
    owner_id INTEGER NOT NULL REFERENCES owners (id) ON DELETE CASCADE,
    number TEXT NOT NULL DEFAULT '',
    ordered_at TEXT NOT NULL,
    total INTEGER NOT NULL DEFAULT 0,
    payment_status TEXT NOT NULL DEFAULT 'pending' CHECK (payment_status IN
        ('pending', 'paid', 'refunded', 'cancelled'))
);

CREATE TABLE invoices (
    id INTEGER PRIMARY KEY,
    external_id TEXT NOT NULL UNIQUE CHECK (external_id <> ''),
    owner_id INTEGER NOT NULL REFERENCES owners (id) ON DELETE CASCADE,
    number TEXT NOT NULL DEFAULT '',
    issued_at TEXT NOT NULL,
    total INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'issued', 'paid', 'void'))
);

CREATE TABLE conversations (
    id INTEGER PRIMARY KEY,
    external_id TEXT NOT NULL UNIQUE CHECK (external_id <> ''),
    owner_id INTEGER NOT NULL REFERENCES owners (id) ON DELETE CASCADE,
    channel TEXT NOT NULL DEFAULT 'whatsapp' CHECK (channel IN ('whatsapp', 'ai_chat', 'email')),
    started_at TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT ''
);

CREATE TABLE interactions (
    id INTEGER PRIMARY KEY,
    external_id TEXT NOT NULL UNIQUE CHECK (external_id <> ''),
    owner_id INTEGER NOT NULL REFERENCES owners (id) ON DELETE CASCADE,
    interaction_type TEXT NOT NULL CHECK (interaction_type IN ('visit', 'call_in', 'call_out',
        'email', 'whatsapp', 'sms', 'ai_chat', 'review', 'complaint', 'feedback', 'referral')),
    direction TEXT NOT NULL DEFAULT 'inbound' CHECK (direction IN ('inbound', 'outbound')),
    subject TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL DEFAULT '',
    pet_id INTEGER REFERENCES pets (id) ON DELETE SET NULL,
    appointment_id INTEGER REFERENCES appointments (id) ON DELETE SET NULL,
    order_id INTEGER REFERENCES orders (id) ON DELETE SET NULL,
    conversation_id INTEGER REFERENCES conversations (id) ON DELETE SET NULL,
    sentiment TEXT NOT NULL DEFAULT '' CHECK (sentiment IN ('', 'positive', 'neutral', 'negative')),
    handled_by INTEGER REFERENCES staff (id) ON DELETE SET NULL,
    requires_follow_up INTEGER NOT NULL DEFAULT 0 CHECK (requires_follow_up IN (0, 1)),
    follow_up_date TEXT,
    follow_up_completed INTEGER NOT NULL DEFAULT 0 CHECK (follow_up_completed IN (0, 1)),
    created_at TEXT NOT NULL
);

CREATE TABLE segments (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (name <> ''),
    slug TEXT NOT NULL UNIQUE CHECK (slug <> ''),
    description TEXT NOT NULL DEFAULT '',
    rules TEXT NOT NULL DEFAULT '{}',
    member_count INTEGER NOT NULL DEFAULT 0,
    last_updated TEXT,
    is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
    created_at TEXT NOT NULL
);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    staff_id INTEGER REFERENCES staff (id) ON DELETE SET NULL,
    action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'import', 'refresh')),
    table_name TEXT NOT NULL,
    row_id INTEGER,
    details TEXT NOT NULL DEFAULT ''
);

-- The audit log is append-only; only a deleted staff member's id may be cleared.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NOT (NEW.staff_id IS NULL AND OLD.staff_id IS NOT NULL
          AND NEW.at = OLD.at AND NEW.action = OLD.action AND NEW.details = OLD.details)
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

-- No referral cycle: the new referrer must not be referred, directly or not, by this owner.
CREATE TRIGGER owners_no_referral_cycle BEFORE UPDATE OF referred_by ON owners
WHEN NEW.referred_by IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'referral cycle')
    WHERE NEW.referred_by = NEW.id OR EXISTS (
        WITH RECURSIVE chain(id) AS (
            SELECT referred_by FROM owners WHERE id = NEW.referred_by
            UNION
            SELECT o.referred_by FROM owners o JOIN chain c ON o.id = c.id
            WHERE o.referred_by IS NOT NULL
        )
        SELECT 1 FROM chain WHERE id = NEW.id);
END;

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE INDEX owners_name ON owners (last_name COLLATE NOCASE, first_name COLLATE NOCASE);
CREATE INDEX owners_first_name ON owners (first_name COLLATE NOCASE);
CREATE INDEX owners_phone ON owners (phone);
CREATE INDEX owners_whatsapp ON owners (whatsapp);
CREATE INDEX owners_email ON owners (email COLLATE NOCASE);
CREATE INDEX owners_referred_by ON owners (referred_by);
CREATE INDEX owners_tier ON owners (tier);
CREATE INDEX owners_churn ON owners (churn_risk, days_since_last_visit);
CREATE INDEX owners_ltv ON owners (lifetime_value);
CREATE INDEX owners_engagement ON owners (engagement_score);
CREATE INDEX owners_last_visit ON owners (last_visit_date);
CREATE INDEX owners_created ON owners (created_at);
CREATE INDEX owners_place ON owners (city, neighborhood);
CREATE INDEX owner_tags_tag ON owner_tags (tag, owner_id);
CREATE INDEX pets_owner ON pets (owner_id, species);
CREATE INDEX appointments_owner ON appointments (owner_id, status, scheduled_at);
CREATE INDEX orders_owner ON orders (owner_id, payment_status);
CREATE INDEX invoices_owner ON invoices (owner_id, status);
CREATE INDEX conversations_owner ON conversations (owner_id);
CREATE INDEX interactions_owner ON interactions (owner_id, created_at);
CREATE INDEX interactions_created ON interactions (created_at);
CREATE INDEX interactions_follow_up ON interactions (follow_up_date)
    WHERE requires_follow_up = 1 AND follow_up_completed = 0;
CREATE INDEX interactions_pet ON interactions (pet_id);
CREATE INDEX interactions_appointment ON interactions (appointment_id);
CREATE INDEX interactions_order ON interactions (order_id);
CREATE INDEX interactions_conversation ON interactions (conversation_id);
CREATE INDEX interactions_staff ON interactions (handled_by);
CREATE INDEX appointments_pet ON appointments (pet_id);
CREATE INDEX audit_log_staff ON audit_log (staff_id);
