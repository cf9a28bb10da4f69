select has_type_privilege('app_user', 'sku', 'usage')
   and not has_type_privilege('public', 'sku', 'usage')
   and (select typacl::text from pg_type where typname = 'sku') = '{postgres=U/postgres,app_user=U/postgres}' as t;
