-- function/change_body_sql: a SQL function keeps its signature, its body changes
create function price_with_tax(amount numeric) returns numeric language sql stable as $$ select round(amount * 1.21, 2) $$;
