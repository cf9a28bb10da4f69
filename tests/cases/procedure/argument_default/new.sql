-- procedure/argument_default: a procedure argument gains a default and another's default changes
create procedure p(a integer default 1, b text default 'it''s') language plpgsql as $$ begin perform a, b; end $$;
