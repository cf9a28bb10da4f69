-- migrate:up

CREATE TABLE object_definitions (
    id uuid NOT NULL DEFAULT gen_random_uuid(),
    api_name varchar(100) NOT NULL,
    label varchar(255) NOT NULL,
    plural_label varchar(255),
    description text,
    is_custom boolean NOT NULL DEFAULT true,
    is_active boolean NOT NULL DEFAULT true,
    settings jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_by uuid,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT object_definitions_pkey PRIMARY KEY (id),
    CONSTRAINT object_definitions_api_name_key UNIQUE (api_name),
    CONSTRAINT object_definitions_created_by_fkey FOREIGN KEY (created_by)
        REFERENCES users (id) ON DELETE SET NULL
);

COMMENT ON TABLE object_definitions IS 'Metadata for standard and custom objects';

CREATE TABLE field_definitions (
    id uuid NOT NULL DEFAULT gen_random_uuid(),
    object_definition_id uuid NOT NULL,
    api_name varchar(100) NOT NULL,
    label varchar(255) NOT NULL,
    field_type varchar(50) NOT NULL,
    is_required boolean NOT NULL DEFAULT false,
    is_unique boolean NOT NULL DEFAULT false,
    default_value text,
    max_length integer,
    numeric_precision integer,
    numeric_scale integer,
    picklist_values jsonb,
    reference_object_id uuid,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT field_definitions_pkey PRIMARY KEY (id),
    CONSTRAINT field_definitions_object_definition_id_api_name_key
        UNIQUE (object_definition_id, api_name),
    CONSTRAINT field_definitions_object_definition_id_fkey FOREIGN KEY (object_definition_id)
        REFERENCES object_definitions (id) ON DELETE CASCADE,
    CONSTRAINT field_definitions_reference_object_id_fkey FOREIGN KEY (reference_object_id)
        REFERENCES object_definitions (id) ON DELETE SET NULL,
    CONSTRAINT field_definitions_field_type_check CHECK (
        field_type IN ('text', 'textarea', 'number', 'currency', 'percent',
                       'boolean', 'date', 'datetime', 'email', 'phone', 'url',
                       'picklist', 'multipicklist', 'lookup', 'master_detail')
    )
);

COMMENT ON TABLE field_definitions IS 'Metadata for the fields of each object definition';

CREATE INDEX field_definitions_reference_object_id_idx
    ON field_definitions (reference_object_id)
    WHERE reference_object_id IS NOT NULL;

-- migrate:down

DROP INDEX field_definitions_reference_object_id_idx;
DROP TABLE field_definitions;
DROP TABLE object_definitions;
