//! Endpoint policy: https anywhere, http only to this computer. No network is touched.

use desk_core::client::{Client, CustomEndpoint, Endpoint, Region};
use desk_core::{Error, ErrorCode};

#[test]
fn http_to_a_non_loopback_host_is_rejected_with_a_clear_message() {
    for url in [
        "http://10.0.0.1:8080",
        "http://192.168.1.2/",
        "http://example.com/",
        "http://localhost.example.com/",
        "http://[::ffff:127.0.0.1]/", // an IPv4-mapped address is not ::1; keep the rule simple
        "http://0.0.0.0:80/",
    ] {
        let err = Endpoint::custom(url, None).unwrap_err();
        assert_eq!(err.code(), ErrorCode::InvalidConfig, "{url}");
        let Error::InvalidConfig { field, message } = &err else {
            panic!("{url}: {err:?}")
        };
        assert_eq!(*field, "endpoint");
        assert!(
            message.contains("https://") && message.contains("127.0.0.1"),
            "{message}"
        );
    }
}

#[test]
fn http_to_loopback_is_accepted() {
    for url in [
        "http://127.0.0.1:8080",
        "http://127.3.4.5/",
        "http://localhost:3000",
        "http://LOCALHOST:3000",
        "http://[::1]:9000/",
    ] {
        let e = Endpoint::custom(url, None).unwrap_or_else(|e| panic!("{url}: {e}"));
        assert!(e.hosts().any_loopback(), "{url}");
    }
}

#[test]
fn https_is_accepted_anywhere() {
    for url in [
        "https://10.0.0.1:8443",
        "https://proxy.example.com/tencent",
        "https://[2001:db8::1]/",
    ] {
        Endpoint::custom(url, None).unwrap_or_else(|e| panic!("{url}: {e}"));
    }
}

#[test]
fn the_standby_url_obeys_the_same_policy() {
    let err = Endpoint::custom("http://127.0.0.1:1", Some("http://10.0.0.1:1")).unwrap_err();
    assert!(matches!(
        err,
        Error::InvalidConfig {
            field: "endpoint",
            ..
        }
    ));
    let ok = CustomEndpoint::new("http://127.0.0.1:1", Some("https://10.0.0.1:1")).unwrap();
    assert_eq!(ok.standby().unwrap().as_str(), "https://10.0.0.1:1/");
}

#[test]
fn deserializing_an_endpoint_applies_the_policy() {
    let bad = r#"{"kind":"custom","url":"http://10.0.0.1:8080","standby":null}"#;
    let err = serde_json::from_str::<Endpoint>(bad)
        .unwrap_err()
        .to_string();
    assert!(err.contains("https://"), "{err}");
    let good = r#"{"kind":"custom","url":"http://[::1]:8080"}"#;
    assert!(serde_json::from_str::<Endpoint>(good).is_ok());
}

#[test]
fn regions_use_https_to_the_documented_hosts() {
    for region in Region::ALL {
        let hosts = Endpoint::from(region).hosts();
        assert_eq!(hosts.primary.scheme(), "https");
        assert_eq!(hosts.primary.host_str(), Some(region.primary_host()));
        assert_eq!(
            hosts.standby.as_ref().and_then(|u| u.host_str()),
            region.standby_host()
        );
        assert!(!hosts.any_loopback());
    }
}

#[test]
fn a_client_builds_for_every_region_without_touching_the_network() {
    for region in Region::ALL {
        let client = Client::new(region.into()).unwrap();
        let dbg = format!("{client:?}");
        assert!(dbg.contains(region.primary_host()), "{dbg}");
    }
}
