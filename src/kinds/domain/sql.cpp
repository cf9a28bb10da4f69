// The domain kind's statements (part of tenantctl_ddl).
#include <fmt/format.h>

#include "ddl/render_internal.hpp"
#include "diff/differ.hpp"

namespace ddl::detail {

std::vector<std::string> mentioned_routine_keys(const std::string& text,
                                                const model::Catalog& catalog) {
  std::vector<std::string> out;
  for (const auto& [name, routine] : catalog.routines) {
    if (diff::mentions_identifier(text, routine.bare_name)) {
      out.push_back(keys::routine(name));
    }
  }
  return out;
}

namespace {

class DomainRenderer {
 public:
  DomainRenderer(const diff::DomainChange& change, const RenderContext& context,
                 std::vector<Statement>& out)
      : m_change(change), m_context(context), m_out(out) {}

  void run() {
    if (!m_change.after) {
      drop(*m_change.before, phase::drop_types);
      return;
    }
    const auto& domain = *m_change.after;
    if (!m_change.before) {
      create(domain, {});
      checks({}, domain.checks);
    } else if (m_change.recreate) {
      recreate();
    } else {
      alter(*m_change.before, domain);
    }
    const bool fresh = !m_change.before || m_change.recreate;
    if (fresh ? domain.comment.has_value() : m_change.before->comment != domain.comment) {
      auto comment = statement(sql::comment("DOMAIN " + sql::name(domain.name), domain.comment),
                               phase::comments);
      comment.needs.push_back(keys::type(domain.name));
      m_out.push_back(std::move(comment));
    }
  }

 private:
  [[nodiscard]] std::string name() const { return sql::name(m_change.after->name); }

  Statement& add(std::string sql, int order = phase::types) {
    auto each = statement(std::move(sql), order);
    each.needs.push_back(keys::type(m_change.after->name));
    m_out.push_back(std::move(each));
    return m_out.back();
  }

  void drop(const model::Domain& domain, int order) {
    auto each = statement("DROP DOMAIN " + sql::name(domain.name), order);
    each.drops.push_back(keys::type(domain.name));
    each.needs_old.push_back(keys::schema(domain.name.schema));
    m_out.push_back(std::move(each));
  }

  // CREATE DOMAIN with its validated checks; `needs` orders it.
  void create(const model::Domain& domain, std::vector<std::string> needs) {
    std::string sql = fmt::format("CREATE DOMAIN {} AS {}", sql::name(domain.name), domain.type);
    if (domain.collation) {
      sql += " COLLATE " + sql::collation(*domain.collation);
    }
    if (domain.default_expr) {
      sql += " DEFAULT " + *domain.default_expr;
    }
    if (domain.not_null) {
      sql += " NOT NULL";
    }
    for (const auto& [check_name, check] : domain.checks) {
      if (!check.not_valid) {
        sql += fmt::format(" CONSTRAINT {} CHECK ({})", sql::ident(check_name), check.expression);
        append(needs, mentioned_routine_keys(check.expression, m_context.desired()));
      }
    }
    if (domain.default_expr) {
      append(needs, mentioned_routine_keys(*domain.default_expr, m_context.desired()));
    }
    auto each = statement(std::move(sql), phase::types);
    each.creates.push_back(keys::type(domain.name));
    each.needs = std::move(needs);
    each.needs.push_back(keys::schema(domain.name.schema));
    append(each.needs, m_context.type_keys(domain.type));
    m_out.push_back(std::move(each));
  }

  // A new domain's NOT VALID checks, or the check changes of a kept one.
  void checks(const std::map<std::string, model::DomainCheck>& current,
              const std::map<std::string, model::DomainCheck>& desired) {
    const bool fresh = !m_change.before || m_change.recreate;
    std::set<std::string> kept;
    for (const auto& [check_name, wanted] : desired) {
      auto found = current.find(check_name);
      if (found == current.end() && wanted.renamed_from && current.contains(*wanted.renamed_from) &&
          !desired.contains(*wanted.renamed_from)) {
        found = current.find(*wanted.renamed_from);
        add(fmt::format("ALTER DOMAIN {} RENAME CONSTRAINT {} TO {}", name(),
                        sql::ident(found->first), sql::ident(check_name)));
      }
      if (found == current.end()) {
        if (!fresh || wanted.not_valid) {
          add_check(wanted, fresh);
        }
        continue;
      }
      kept.insert(found->first);
      if (found->second.expression != wanted.expression ||
          (wanted.not_valid && !found->second.not_valid)) {
        add(fmt::format("ALTER DOMAIN {} DROP CONSTRAINT {}", name(), sql::ident(check_name)));
        add_check(wanted, false);
      } else if (found->second.not_valid && !wanted.not_valid) {
        validate(check_name);
      }
    }
    for (const auto& [check_name, check] : current) {
      if (!kept.contains(check_name)) {
        add(fmt::format("ALTER DOMAIN {} DROP CONSTRAINT {}", name(), sql::ident(check_name)),
            phase::drop_dependents);
      }
    }
  }

  // Adds a check NOT VALID, then validates it unless it is to stay so.
  void add_check(const model::DomainCheck& check, bool fresh) {
    auto& each = add(fmt::format("ALTER DOMAIN {} ADD CONSTRAINT {} CHECK ({}) NOT VALID", name(),
                                 sql::ident(check.name), check.expression));
    append(each.needs, mentioned_routine_keys(check.expression, m_context.desired()));
    each.creates.push_back(check_key(check.name));
    if (!check.not_valid && !fresh) {
      validate(check.name);
    }
  }

  [[nodiscard]] std::string check_key(const std::string& check_name) const {
    const auto& domain = m_change.after->name;
    return keys::join("domain check", domain.schema, domain.name + "." + check_name);
  }

  void validate(const std::string& check_name) {
    auto& each =
        add(fmt::format("ALTER DOMAIN {} VALIDATE CONSTRAINT {}", name(), sql::ident(check_name)));
    each.needs.push_back(check_key(check_name));
    add_hazard(each, HazardKind::validation_scan,
               "scans every column of the domain to check existing values");
    add_hazard(each, HazardKind::may_fail_on_existing_data,
               "fails if an existing value breaks the check");
  }

  void alter(const model::Domain& current, const model::Domain& wanted) {
    if (current.default_expr != wanted.default_expr) {
      auto& each = add(wanted.default_expr ? fmt::format("ALTER DOMAIN {} SET DEFAULT {}", name(),
                                                         *wanted.default_expr)
                                           : fmt::format("ALTER DOMAIN {} DROP DEFAULT", name()));
      append(each.needs,
             mentioned_routine_keys(wanted.default_expr.value_or(""), m_context.desired()));
    }
    if (current.not_null != wanted.not_null) {
      auto& each =
          add(fmt::format("ALTER DOMAIN {} {} NOT NULL", name(), wanted.not_null ? "SET" : "DROP"));
      if (wanted.not_null) {
        add_hazard(each, HazardKind::validation_scan, "scans every column of the domain for NULLs");
        add_hazard(each, HazardKind::may_fail_on_existing_data,
                   "fails if a column of the domain holds NULL");
      }
    }
    checks(current.checks, wanted.checks);
  }

  // The old domain renamed away, the new one created, the columns converted,
  // the old one dropped (see diff::DomainChange).
  void recreate() {
    const auto& domain = *m_change.after;
    const model::QualifiedName old_domain{
        domain.name.schema, "tenantctl_tmp_" + sql::short_hash(name() + "\x1frecreate")};
    auto away =
        statement(fmt::format("ALTER DOMAIN {} RENAME TO {}", name(), sql::ident(old_domain.name)),
                  phase::types);
    away.drops.push_back(keys::type(domain.name));
    away.creates.push_back(keys::type(old_domain));
    m_out.push_back(std::move(away));
    create(domain, {keys::type(old_domain)});
    checks({}, domain.checks);
    auto drop_old = statement("DROP DOMAIN " + sql::name(old_domain), phase::columns);
    drop_old.needs.push_back(keys::type(old_domain));
    convert_type_columns(
        m_change.columns, domain.name,
        [](const std::string& column, const std::string& to) { return column + "::" + to; },
        fmt::format("fails if a value does not convert to {}", domain.type), m_context, drop_old,
        m_out);
    m_out.push_back(std::move(drop_old));
  }

  const diff::DomainChange& m_change;
  const RenderContext& m_context;
  std::vector<Statement>& m_out;
};

}  // namespace

void render_domain(const diff::DomainChange& change, const RenderContext& context,
                   std::vector<Statement>& out) {
  DomainRenderer(change, context, out).run();
}

}  // namespace ddl::detail
