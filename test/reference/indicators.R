# Independent computation of chitieu's 15 indicators in base R, from a data folder of CSV files
# (CONTRACT.md). Used by test/core/indicators/compute-vs-r.test.ts.
# Usage: Rscript test/reference/indicators.R DATA_DIR YEAR [AREA]
# Prints CSV: id,breakdown,value,numerator,denominator,lo,hi,status
args <- commandArgs(trailingOnly = TRUE)
dir <- args[1]; year <- as.integer(args[2]); area <- if (length(args) >= 3) args[3] else NA

rd <- function(name) {
  path <- file.path(dir, paste0(name, ".csv"))
  first <- readLines(path, n = 1, encoding = "UTF-8")
  sep <- if (grepl(";", first) && !grepl(",", first)) ";" else ","
  read.csv(path, sep = sep, colClasses = "character", encoding = "UTF-8", check.names = FALSE,
           na.strings = character(0))
}
num <- function(x) as.numeric(x)

areas <- rd("areas")
if (is.na(area)) area <- areas$area_code[areas$parent_code == ""]
codes <- area
repeat {
  more <- setdiff(areas$area_code[areas$parent_code %in% codes], codes)
  if (length(more) == 0) break
  codes <- c(codes, more)
}

# The data's period convention (datapackage.json "periods"): a month belongs to the unit that exists on
# the month's last day (police months run from the 15th to the 14th).
conv <- "calendar"
dp <- file.path(dir, "datapackage.json")
if (file.exists(dp)) {
  txt <- paste(readLines(dp, warn = FALSE, encoding = "UTF-8"), collapse = "")
  m <- regmatches(txt, regexpr('"periods"\\s*:\\s*"[a-z_]+"', txt))
  if (length(m) == 1) conv <- sub('.*"([a-z_]+)"$', "\\1", m)
}
if (!conv %in% c("calendar", "police")) stop("indicators.R handles the calendar and police conventions only")
month_end <- function(y, m) {
  if (conv == "police") return(sprintf("%04d-%02d-14", y, m))
  as.character(seq(as.Date(sprintf("%04d-%02d-01", y, m)), by = "month", length.out = 2)[2] - 1)
}
arow <- areas[areas$area_code == area, ]
alive <- function(y, m) { e <- month_end(y, m); arow$valid_from <= e && (arow$valid_to == "" || e <= arow$valid_to) }
alive_months <- function(y) Filter(function(m) alive(y, m), 1:12)
# Months a monthly table's figure for the area covers in year y: months with rows (any area) while the area existed.
months_cov <- function(t, y) {
  ms <- sort(unique(num(t$month[num(t$year) == y])))
  Filter(function(m) alive(y, m), ms)
}
# A change compares the same months of both years (CONTRACT.md, cùng kỳ).
is_monthly <- function(t) "month" %in% names(t) && any(t$month != "")
shared <- function(t, y1, y0) if (is_monthly(t)) intersect(months_cov(t, y1), months_cov(t, y0)) else NULL
existed <- length(alive_months(year)) > 0

pick <- function(t, y, ycol = "year") t[num(t[[ycol]]) == y & t$area_code %in% codes, , drop = FALSE]
has_year <- function(t, y, ycol = "year") any(num(t[[ycol]]) == y)

out <- data.frame()
emit <- function(id, breakdown, x, n, ci, status, value = NA) {
  if (is.na(value) && !is.na(n) && n > 0) value <- x / n
  out <<- rbind(out, data.frame(id = id, breakdown = breakdown, value = value, numerator = x,
    denominator = n, lo = ci[1], hi = ci[2], status = status))
}
verdict <- function(v, cmp, t) {
  if (is.na(v)) return("no_data")
  ok <- switch(cmp, ">=" = v >= t - 1e-12, ">" = v > t + 1e-12, "<=" = v <= t + 1e-12, "<" = v < t - 1e-12)
  if (ok) "met" else "not_met"
}
wilson <- function(x, n) if (n > 0) as.numeric(prop.test(x, n, correct = FALSE)$conf.int) else c(NA, NA)
prop <- function(id, breakdown, x, n, cmp, t, interval = TRUE) {
  if (is.na(n) || n == 0) return(emit(id, breakdown, x, n, c(NA, NA), "no_data"))
  ci <- if (interval) suppressWarnings(wilson(x, n)) else c(NA, NA)
  emit(id, breakdown, x, n, ci, verdict(x / n, cmp, t))
}
change <- function(id, breakdown, x1, x0, cmp, t) {
  if (is.na(x1) || is.na(x0) || x0 == 0) return(emit(id, breakdown, x1, x0, c(NA, NA), "no_data"))
  ci <- as.numeric(poisson.test(c(x1, x0))$conf.int) - 1
  emit(id, breakdown, x1, x0, ci, verdict(x1 / x0 - 1, cmp, t), value = x1 / x0 - 1)
}

cc <- rd("criminal_cases")
sum_cc <- function(y, col, sev = NULL, months = NULL) {
  if (!has_year(cc, y)) return(NA)
  r <- pick(cc, y); if (!is.null(sev)) r <- r[r$severity %in% sev, ]
  if (!is.null(months)) r <- r[num(r$month) %in% months, ]
  sum(num(r[[col]]))
}
same_cc <- if (has_year(cc, year) && has_year(cc, 2021)) shared(cc, year, 2021) else NULL
if (!existed || (!is.null(same_cc) && length(same_cc) == 0)) {
  emit("crime_change_vs_baseline", "", NA, NA, c(NA, NA), "no_data")
} else {
  change("crime_change_vs_baseline", "", sum_cc(year, "occurred", months = same_cc), sum_cc(2021, "occurred", months = same_cc), "<=", -0.05)
}

cr <- rd("crime_reports")
if (has_year(cr, year)) {
  r <- pick(cr, year)
  stock <- 0
  if (nrow(r) > 0) {
    if ("month" %in% names(r)) { m0 <- min(num(r$month)); stock <- sum(num(r$carried_over[num(r$month) == m0])) }
    else stock <- sum(num(r$carried_over))
  }
  prop("reports_acceptance_rate", "", sum(num(r$accepted)), sum(num(r$received)), ">=", 1)
  prop("reports_resolution_rate", "", sum(num(r$resolved)),
       stock + sum(num(r$accepted)) - sum(num(r$transferred)), ">", 0.9)
} else {
  emit("reports_acceptance_rate", "", NA, NA, c(NA, NA), "no_data")
  emit("reports_resolution_rate", "", NA, NA, c(NA, NA), "no_data")
}
vs <- c("very_serious", "especially_serious")
prop("clearance_rate", "", sum_cc(year, "cleared"), sum_cc(year, "occurred"), ">=", 0.8)
prop("clearance_rate_very_serious", "", sum_cc(year, "cleared", vs), sum_cc(year, "occurred", vs), ">=", 0.95)

vd <- rd("violations_detected")
same_vd <- if (has_year(vd, year) && has_year(vd, year - 1)) shared(vd, year, year - 1) else NULL
for (f in c("economy", "corruption", "smuggling", "environment", "drugs")) {
  s <- function(y) if (has_year(vd, y)) { r <- pick(vd, y); if (!is.null(same_vd)) r <- r[num(r$month) %in% same_vd, ]; sum(num(r$detected[r$field == f])) } else NA
  if (!existed || (!is.null(same_vd) && length(same_vd) == 0)) {
    emit("violations_detected_change", paste0("field=", f), NA, NA, c(NA, NA), "no_data")
  } else change("violations_detected_change", paste0("field=", f), s(year), s(year - 1), ">", 0)
}

ca <- rd("corruption_assets")
if (has_year(ca, year)) { r <- pick(ca, year)
  prop("corruption_asset_recovery_rate", "", sum(num(r$recovered_vnd)), sum(num(r$to_recover_vnd)), ">=", 0.6, FALSE)
} else emit("corruption_asset_recovery_rate", "", NA, NA, c(NA, NA), "no_data")

jv <- rd("judicial_violations")
if (has_year(jv, year)) { x <- sum(num(pick(jv, year)$violations))
  emit("judicial_violations", "", x, NA, c(NA, NA), verdict(x, "<=", 0), value = x)
} else emit("judicial_violations", "", NA, NA, c(NA, NA), "no_data")

ro <- rd("reoffending")
if (has_year(ro, year, "cohort_year")) { r <- pick(ro, year, "cohort_year")
  prop("reoffending_rate", "", sum(num(r$reoffended)), sum(num(r$released)), "<", 0.15)
} else emit("reoffending_rate", "", NA, NA, c(NA, NA), "no_data")

su <- rd("safe_units")
safe <- function(id, breakdown, types) {
  if (!has_year(su, year)) return(emit(id, breakdown, NA, NA, c(NA, NA), "no_data"))
  r <- pick(su, year); r <- r[r$unit_type %in% types, ]
  prop(id, breakdown, sum(num(r$certified)), sum(num(r$in_scope)), ">=", 0.8)
}
safe("safe_communes_share", "", "commune")
safe("safe_organisations_share", "", c("agency", "enterprise", "school"))
for (u in c("agency", "enterprise", "school")) safe("safe_organisations_share", paste0("unit_type=", u), u)

# The directive's indicators; no target in the programme 2021-2025: a figure is `no_target`, none is `no_data`.
sum_group <- function(y, col, group, months = NULL) {
  if (!has_year(cc, y)) return(NA)
  r <- pick(cc, y); r <- r[r$crime_group == group, ]
  if (!is.null(months)) r <- r[num(r$month) %in% months, ]
  sum(num(r[[col]]))
}
same_so <- if (has_year(cc, year) && has_year(cc, year - 1)) shared(cc, year, year - 1) else NULL
x1 <- sum_group(year, "occurred", "social_order", same_so); x0 <- sum_group(year - 1, "occurred", "social_order", same_so)
if (!existed || is.na(x1) || is.na(x0) || x0 == 0 || (!is.null(same_so) && length(same_so) == 0)) {
  emit("social_order_crime_change", "", NA, NA, c(NA, NA), "no_data")
} else {
  emit("social_order_crime_change", "", x1, x0, as.numeric(poisson.test(c(x1, x0))$conf.int) - 1, "no_target", value = x1 / x0 - 1)
}
xc <- sum_group(year, "occurred", "cyber")
if (!existed || is.na(xc)) emit("cyber_crime_cases", "", NA, NA, c(NA, NA), "no_data") else
  emit("cyber_crime_cases", "", xc, NA, as.numeric(poisson.test(xc)$conf.int), "no_target", value = xc)

# Crime-free communes: of the commune-level leaves under the area that existed from the first to the last day
# of every month of the year that criminal_cases has rows for, those with no case (any group, any severity).
month_start <- function(y, m) {
  if (conv == "police") return(if (m == 1) sprintf("%04d-12-15", y - 1) else sprintf("%04d-%02d-15", y, m - 1))
  sprintf("%04d-%02d-01", y, m)
}
valid_on <- function(a, d) a$valid_from <= d & (a$valid_to == "" | d <= a$valid_to)
cf_months <- if (has_year(cc, year)) sort(unique(num(cc$month[num(cc$year) == year]))) else numeric(0)
if (length(cf_months) == 0) {
  emit("crime_free_communes_share", "", NA, NA, c(NA, NA), "no_data")
} else {
  ends <- vapply(cf_months, function(m) month_end(year, m), "")
  starts <- vapply(cf_months, function(m) month_start(year, m), "")
  communes <- areas[areas$area_code %in% codes & areas$level == "commune", , drop = FALSE]
  leaf <- vapply(communes$area_code, function(code) {
    kids <- areas[areas$parent_code == code, , drop = FALSE]
    !any(vapply(ends, function(e) any(valid_on(kids, e)), TRUE))
  }, TRUE)
  communes <- communes[leaf, , drop = FALSE]
  through <- communes$area_code[vapply(seq_len(nrow(communes)), function(i)
    all(valid_on(communes[i, ], starts)) && all(valid_on(communes[i, ], ends)), TRUE)]
  if (length(through) == 0) {
    emit("crime_free_communes_share", "", NA, NA, c(NA, NA), "no_data")
  } else {
    r <- cc[num(cc$year) == year & cc$area_code %in% through & num(cc$month) %in% cf_months, , drop = FALSE]
    total <- vapply(through, function(code) sum(num(r$occurred[r$area_code == code])), 0)
    x <- sum(total == 0); n <- length(through)
    emit("crime_free_communes_share", "", x, n, wilson(x, n), "no_target")
  }
}

# Drug-free communes (an optional table): recognised / in_scope; no target in the programme 2021-2025.
dfc <- if (file.exists(file.path(dir, "drug_free_communes.csv"))) rd("drug_free_communes") else NULL
if (is.null(dfc) || !has_year(dfc, year) || sum(num(pick(dfc, year)$in_scope)) == 0) {
  emit("drug_free_communes_share", "", NA, NA, c(NA, NA), "no_data")
} else {
  r <- pick(dfc, year); x <- sum(num(r$recognised)); n <- sum(num(r$in_scope))
  emit("drug_free_communes_share", "", x, n, wilson(x, n), "no_target")
}

num_cols <- c("value", "numerator", "denominator", "lo", "hi")
# An area is measured only while it existed: a year it did not exist in has no figure at all.
if (!existed) { out[num_cols] <- NA; out$status <- "no_data" }
out[num_cols] <- lapply(out[num_cols], function(x) ifelse(is.na(x), NA, sprintf("%.17g", x)))
write.csv(out, stdout(), row.names = FALSE, na = "")
