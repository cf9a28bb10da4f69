-- migrate:up

ALTER TABLE field_definitions
    ADD COLUMN display_order integer NOT NULL DEFAULT 0,
    ADD COLUMN help_text text,
    ADD COLUMN placeholder varchar(255),
    ADD COLUMN is_visible boolean NOT NULL DEFAULT true,
    ADD COLUMN is_read_only boolean NOT NULL DEFAULT false,
    ADD COLUMN column_width integer,
    ADD COLUMN ui_config jsonb NOT NULL DEFAULT '{}'::jsonb;

ALTER TABLE field_definitions
    ADD CONSTRAINT field_definitions_column_width_check CHECK (column_width > 0);

CREATE INDEX field_definitions_object_definition_id_display_order_idx
    ON field_definitions (object_definition_id, display_order);

-- migrate:down

DROP INDEX field_definitions_object_definition_id_display_order_idx;

ALTER TABLE field_definitions
    DROP CONSTRAINT field_definitions_column_width_check;

ALTER TABLE field_definitions
    DROP COLUMN ui_config,
    DROP COLUMN column_width,
    DROP COLUMN is_read_only,
    DROP COLUMN is_visible,
    DROP COLUMN placeholder,
    DROP COLUMN help_text,
    DROP COLUMN display_order;
