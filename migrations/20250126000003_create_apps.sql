-- migrate:up

CREATE TABLE apps (
    id serial NOT NULL,
    name varchar(100) NOT NULL,
    label varchar(255) NOT NULL,
    description text,
    icon varchar(100),
    is_active boolean NOT NULL DEFAULT true,
    sort_order integer NOT NULL DEFAULT 0,
    navigation jsonb NOT NULL DEFAULT '[]'::jsonb,
    created_by uuid,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT apps_pkey PRIMARY KEY (id),
    CONSTRAINT apps_name_key UNIQUE (name),
    CONSTRAINT apps_created_by_fkey FOREIGN KEY (created_by)
        REFERENCES users (id) ON DELETE SET NULL
);

COMMENT ON TABLE apps IS 'Apps group objects and tabs into a navigation menu';

CREATE INDEX apps_sort_order_idx ON apps (sort_order) WHERE is_active = true;

-- migrate:down

DROP INDEX apps_sort_order_idx;
DROP TABLE apps;
