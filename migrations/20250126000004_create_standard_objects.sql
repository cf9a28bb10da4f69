-- migrate:up

CREATE TABLE accounts (
    id uuid NOT NULL DEFAULT gen_random_uuid(),
    name varchar(255) NOT NULL,
    account_number varchar(50),
    industry varchar(100),
    website varchar(255),
    phone varchar(50),
    annual_revenue numeric(12,2),
    employee_count integer,
    billing_address jsonb NOT NULL DEFAULT '{}'::jsonb,
    custom_fields jsonb NOT NULL DEFAULT '{}'::jsonb,
    owner_id uuid,
    is_deleted boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT accounts_pkey PRIMARY KEY (id),
    CONSTRAINT accounts_account_number_key UNIQUE (account_number),
    CONSTRAINT accounts_owner_id_fkey FOREIGN KEY (owner_id)
        REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT accounts_annual_revenue_check CHECK (annual_revenue >= 0)
);

CREATE INDEX accounts_owner_id_idx ON accounts (owner_id);
CREATE INDEX accounts_name_idx ON accounts (name) WHERE is_deleted = false;

CREATE TABLE contacts (
    id uuid NOT NULL DEFAULT gen_random_uuid(),
    account_id uuid,
    first_name varchar(100),
    last_name varchar(100) NOT NULL,
    email varchar(255),
    phone varchar(50),
    title varchar(150),
    mailing_address jsonb NOT NULL DEFAULT '{}'::jsonb,
    do_not_call boolean NOT NULL DEFAULT false,
    custom_fields jsonb NOT NULL DEFAULT '{}'::jsonb,
    owner_id uuid,
    is_deleted boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT contacts_pkey PRIMARY KEY (id),
    CONSTRAINT contacts_account_id_fkey FOREIGN KEY (account_id)
        REFERENCES accounts (id) ON DELETE CASCADE,
    CONSTRAINT contacts_owner_id_fkey FOREIGN KEY (owner_id)
        REFERENCES users (id) ON DELETE SET NULL
);

CREATE INDEX contacts_account_id_idx ON contacts (account_id);
CREATE INDEX contacts_owner_id_idx ON contacts (owner_id);
CREATE INDEX contacts_lower_idx ON contacts (lower(email));

-- migrate:down

DROP INDEX contacts_lower_idx;
DROP INDEX contacts_owner_id_idx;
DROP INDEX contacts_account_id_idx;
DROP TABLE contacts;
DROP INDEX accounts_name_idx;
DROP INDEX accounts_owner_id_idx;
DROP TABLE accounts;
