//! Where requests go: Tencent's eight regions with their primary and standby hosts, or a custom URL
//! (the emulator, the sandbox, a local proxy) under a strict scheme policy.
//!
//! Deliberately NOT here: picking a region for the user. The region is where the SDKAppID was created;
//! only the console knows, so the UI asks and 70020 tells when it is wrong.

use std::fmt;
use std::net::IpAddr;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use url::{Host, Url};

use crate::{Error, Result};

/// A Tencent Cloud Chat data-center region (docs/TENCENT-API.md, Regions and hosts).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum Region {
    China,
    Singapore,
    Seoul,
    Tokyo,
    Frankfurt,
    Mumbai,
    SiliconValley,
    Jakarta,
}

impl Region {
    pub const ALL: [Region; 8] = [
        Self::China,
        Self::Singapore,
        Self::Seoul,
        Self::Tokyo,
        Self::Frankfurt,
        Self::Mumbai,
        Self::SiliconValley,
        Self::Jakarta,
    ];

    /// The serialized id (`singapore`, `silicon-valley`…).
    pub const fn id(self) -> &'static str {
        match self {
            Self::China => "china",
            Self::Singapore => "singapore",
            Self::Seoul => "seoul",
            Self::Tokyo => "tokyo",
            Self::Frankfurt => "frankfurt",
            Self::Mumbai => "mumbai",
            Self::SiliconValley => "silicon-valley",
            Self::Jakarta => "jakarta",
        }
    }

    pub const fn display_name(self) -> &'static str {
        match self {
            Self::China => "China",
            Self::Singapore => "Singapore",
            Self::Seoul => "Seoul",
            Self::Tokyo => "Tokyo",
            Self::Frankfurt => "Frankfurt",
            Self::Mumbai => "Mumbai",
            Self::SiliconValley => "Silicon Valley",
            Self::Jakarta => "Jakarta",
        }
    }

    pub const fn primary_host(self) -> &'static str {
        match self {
            Self::China => "console.tim.qq.com",
            Self::Singapore => "adminapisgp.im.qcloud.com",
            Self::Seoul => "adminapikr.im.qcloud.com",
            Self::Tokyo => "adminapijpn.im.qcloud.com",
            Self::Frankfurt => "adminapiger.im.qcloud.com",
            Self::Mumbai => "adminapiind.im.qcloud.com",
            Self::SiliconValley => "adminapiusa.im.qcloud.com",
            Self::Jakarta => "adminapiidn.im.qcloud.com",
        }
    }

    /// The documented backup host (for DNS hijacking and outages); Tokyo has none documented.
    pub const fn standby_host(self) -> Option<&'static str> {
        match self {
            Self::China => Some("adminapi.my-imcloud.com"),
            Self::Singapore => Some("adminapisgp.my-imcloud.com"),
            Self::Seoul => Some("adminapikr.my-imcloud.com"),
            Self::Tokyo => None,
            Self::Frankfurt => Some("adminapiger.my-imcloud.com"),
            Self::Mumbai => Some("adminapiind.my-imcloud.com"),
            Self::SiliconValley => Some("adminapiusa.my-imcloud.com"),
            Self::Jakarta => Some("adminapiidn.my-imcloud.com"),
        }
    }

    /// The region as the UI lists it.
    pub fn info(self) -> RegionInfo {
        RegionInfo {
            id: self,
            display_name: self.display_name(),
            primary_host: self.primary_host(),
            standby_host: self.standby_host(),
        }
    }
}

impl fmt::Display for Region {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.display_name())
    }
}

impl FromStr for Region {
    type Err = Error;

    /// Parses a region id (`singapore`, `silicon-valley`…).
    fn from_str(s: &str) -> Result<Self> {
        Self::ALL
            .into_iter()
            .find(|r| r.id() == s)
            .ok_or_else(|| Error::InvalidConfig {
                field: "region",
                message: format!(
                    "unknown region {s:?}; expected one of: {}",
                    Self::ALL.map(Region::id).join(", ")
                ),
            })
    }
}

/// One region's row of the host table (docs/TENCENT-API.md, Regions and hosts), for the UI's region
/// picker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct RegionInfo {
    pub id: Region,
    pub display_name: &'static str,
    pub primary_host: &'static str,
    pub standby_host: Option<&'static str>,
}

/// Where a profile's requests go.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
#[ts(export)]
pub enum Endpoint {
    /// Tencent's hosts for the region, over HTTPS.
    Region { region: Region },
    /// A URL of our choosing; see [`CustomEndpoint::new`] for the policy.
    Custom(CustomEndpoint),
}

impl Endpoint {
    /// A custom endpoint; shorthand for [`CustomEndpoint::new`].
    pub fn custom(url: &str, standby: Option<&str>) -> Result<Self> {
        CustomEndpoint::new(url, standby).map(Self::Custom)
    }

    /// The base URLs to send to, primary first.
    pub fn hosts(&self) -> Hosts {
        match self {
            Self::Region { region } => {
                let base = |host: &str| {
                    Url::parse(&format!("https://{host}/")).expect("table hosts are valid")
                };
                Hosts {
                    primary: base(region.primary_host()),
                    standby: region.standby_host().map(base),
                }
            }
            Self::Custom(custom) => Hosts {
                primary: custom.url.clone(),
                standby: custom.standby.clone(),
            },
        }
    }
}

impl From<Region> for Endpoint {
    fn from(region: Region) -> Self {
        Self::Region { region }
    }
}

impl FromStr for Endpoint {
    type Err = Error;

    /// A region id (`singapore`) or a URL (`http://127.0.0.1:8080`), as typed on the command line.
    fn from_str(s: &str) -> Result<Self> {
        if s.contains("://") {
            Self::custom(s, None)
        } else {
            Region::from_str(s).map(Self::from)
        }
    }
}

/// A custom base URL with an optional standby, both checked against the endpoint policy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(try_from = "CustomEndpointSpec")]
#[ts(export)]
pub struct CustomEndpoint {
    #[ts(type = "string")]
    url: Url,
    #[ts(type = "string | null")]
    standby: Option<Url>,
}

#[derive(Deserialize)]
struct CustomEndpointSpec {
    url: String,
    #[serde(default)]
    standby: Option<String>,
}

impl TryFrom<CustomEndpointSpec> for CustomEndpoint {
    type Error = Error;
    fn try_from(spec: CustomEndpointSpec) -> Result<Self> {
        Self::new(&spec.url, spec.standby.as_deref())
    }
}

impl CustomEndpoint {
    /// Checks and normalises a custom base URL (and standby).
    ///
    /// Policy: `https://` anywhere; `http://` only to this computer (127.0.0.0/8, `::1`, `localhost`),
    /// because the query string carries the UserSig and only loopback traffic can't be read on the
    /// way. No user:password (it would be sent to the server and shown in settings), no query or
    /// fragment (the request's query is ours). A path prefix is kept, for proxies mounted under one.
    pub fn new(url: &str, standby: Option<&str>) -> Result<Self> {
        Ok(Self {
            url: check_base_url(url, "endpoint")?,
            standby: standby
                .map(|s| check_base_url(s, "standby endpoint"))
                .transpose()?,
        })
    }

    pub fn url(&self) -> &Url {
        &self.url
    }

    pub fn standby(&self) -> Option<&Url> {
        self.standby.as_ref()
    }
}

/// Base URLs for one endpoint: always ending in `/`, so command paths join under any prefix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hosts {
    pub primary: Url,
    pub standby: Option<Url>,
}

impl Hosts {
    /// True if a host is this computer (the emulator, the sandbox, a local proxy): a development or
    /// local-proxy setup. The client reaches such hosts directly, never through a system proxy.
    pub fn any_loopback(&self) -> bool {
        self.iter().any(is_loopback)
    }

    /// The primary, then the standby if there is one.
    pub fn iter(&self) -> impl Iterator<Item = &Url> {
        std::iter::once(&self.primary).chain(self.standby.as_ref())
    }
}

/// `host[:port]` of a base URL, for outcomes and logs.
pub(crate) fn host_label(url: &Url) -> String {
    match (url.host_str(), url.port()) {
        (Some(h), Some(p)) => format!("{h}:{p}"),
        (Some(h), None) => h.to_owned(),
        (None, _) => String::new(),
    }
}

pub(crate) fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        None => false,
    }
}

/// Why a base URL breaks the endpoint policy; profiles map these onto their own field rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrlProblem {
    /// Plain `http://` to something other than this computer.
    Insecure,
    /// User name or password in the URL (never echoed back: it is a credential).
    Credentials,
    /// Not a usable base URL: unparseable, another scheme, no host, a query or fragment.
    Malformed,
}

/// The endpoint policy, in one place for the client and for profile validation: `https://`
/// anywhere, `http://` only to loopback, no credentials, query or fragment. Returns the base URL
/// normalised to end in `/`, or the problem and a phrase that completes "endpoint \"…\" …".
pub fn check_endpoint_url(input: &str) -> std::result::Result<Url, (UrlProblem, String)> {
    let malformed = |why: String| (UrlProblem::Malformed, why);
    let mut url =
        Url::parse(input.trim()).map_err(|e| malformed(format!("is not a valid URL ({e})")))?;
    check_url_policy(&url)?;
    if url.query().is_some() || url.fragment().is_some() {
        return Err(malformed(
            "must not contain a query (?) or fragment (#)".into(),
        ));
    }
    if !url.path().ends_with('/') {
        let path = format!("{}/", url.path());
        url.set_path(&path);
    }
    Ok(url)
}

/// The half of the endpoint policy that holds for every URL this app fetches (endpoints, and the
/// media a producer pastes, at every redirect): `https://` anywhere, `http://` only to loopback, a
/// host, no user name or password. An endpoint also refuses a query and a fragment; a media URL
/// keeps them (signed CDN links carry their signature in the query).
pub(crate) fn check_url_policy(url: &Url) -> std::result::Result<(), (UrlProblem, String)> {
    let malformed = |why: String| (UrlProblem::Malformed, why);
    match url.scheme() {
        "https" => {}
        "http" if is_loopback(url) => {}
        "http" => {
            return Err((
                UrlProblem::Insecure,
                "uses http://, which is allowed only for this computer \
                 (127.0.0.1, ::1, localhost: the emulator or a local proxy); use https://"
                    .into(),
            ));
        }
        other => return Err(malformed(format!("has scheme {other}://; use https://"))),
    }
    if url.host().is_none() {
        return Err(malformed("has no host".into()));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err((
            UrlProblem::Credentials,
            "must not contain a user name or password".into(),
        ));
    }
    Ok(())
}

fn check_base_url(input: &str, what: &str) -> Result<Url> {
    check_endpoint_url(input).map_err(|(problem, why)| Error::InvalidConfig {
        field: "endpoint",
        message: match problem {
            // The input holds the credential itself: name the rule, not the value.
            UrlProblem::Credentials => format!("{what} {why}"),
            UrlProblem::Insecure | UrlProblem::Malformed => format!("{what} {input:?} {why}"),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn region_table_matches_the_documented_hosts() {
        let sgp = Region::Singapore.info();
        assert_eq!(sgp.primary_host, "adminapisgp.im.qcloud.com");
        assert_eq!(sgp.standby_host, Some("adminapisgp.my-imcloud.com"));
        assert_eq!(Region::China.primary_host(), "console.tim.qq.com");
        assert_eq!(
            Region::China.standby_host(),
            Some("adminapi.my-imcloud.com")
        );
        assert_eq!(Region::Tokyo.standby_host(), None);
        let hosts = Endpoint::from(Region::Jakarta).hosts();
        assert_eq!(hosts.primary.as_str(), "https://adminapiidn.im.qcloud.com/");
        assert_eq!(
            hosts.standby.unwrap().as_str(),
            "https://adminapiidn.my-imcloud.com/"
        );
    }

    #[test]
    fn region_ids_round_trip_through_serde_and_from_str() {
        for r in Region::ALL {
            let json = serde_json::to_string(&r).unwrap();
            assert_eq!(json, format!("\"{}\"", r.id()));
            assert_eq!(serde_json::from_str::<Region>(&json).unwrap(), r);
            assert_eq!(r.id().parse::<Region>().unwrap(), r);
        }
        assert_eq!(Region::SiliconValley.id(), "silicon-valley");
        assert_eq!(Region::SiliconValley.to_string(), "Silicon Valley");
        assert!("mars".parse::<Region>().is_err());
    }

    #[test]
    fn base_urls_get_a_trailing_slash_and_keep_a_prefix() {
        let e = CustomEndpoint::new("https://proxy.example/tencent", None).unwrap();
        assert_eq!(e.url().as_str(), "https://proxy.example/tencent/");
        let e = CustomEndpoint::new("http://127.0.0.1:8080", None).unwrap();
        assert_eq!(e.url().as_str(), "http://127.0.0.1:8080/");
    }

    #[test]
    fn userinfo_query_and_other_schemes_are_rejected() {
        for bad in [
            "https://user:pw@proxy.example/",
            "https://proxy.example/?a=b",
            "https://proxy.example/#x",
            "ftp://proxy.example/",
            "not a url",
        ] {
            let err = CustomEndpoint::new(bad, None).unwrap_err();
            assert!(
                matches!(
                    err,
                    Error::InvalidConfig {
                        field: "endpoint",
                        ..
                    }
                ),
                "{bad}: {err}"
            );
        }
    }

    #[test]
    fn endpoint_serde_round_trip_validates() {
        let e = Endpoint::custom("http://localhost:9000", Some("https://standby.example")).unwrap();
        let json = serde_json::to_string(&e).unwrap();
        assert_eq!(
            json,
            r#"{"kind":"custom","url":"http://localhost:9000/","standby":"https://standby.example/"}"#
        );
        assert_eq!(serde_json::from_str::<Endpoint>(&json).unwrap(), e);
        let r = serde_json::to_string(&Endpoint::from(Region::Seoul)).unwrap();
        assert_eq!(r, r#"{"kind":"region","region":"seoul"}"#);
        assert!(
            serde_json::from_str::<Endpoint>(r#"{"kind":"custom","url":"http://10.0.0.1/"}"#)
                .is_err()
        );
    }

    #[test]
    fn endpoint_from_str_takes_a_region_or_a_url() {
        assert_eq!(
            "tokyo".parse::<Endpoint>().unwrap(),
            Endpoint::from(Region::Tokyo)
        );
        assert!(matches!(
            "http://[::1]:1234".parse::<Endpoint>().unwrap(),
            Endpoint::Custom(_)
        ));
    }
}
