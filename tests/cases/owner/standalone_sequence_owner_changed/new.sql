-- owner/standalone_sequence_owner_changed: a standalone sequence is given to a role
create sequence invoice_number start 1000;
alter sequence invoice_number owner to own_app;
